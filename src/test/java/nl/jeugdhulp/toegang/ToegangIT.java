package nl.jeugdhulp.toegang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import nl.jeugdhulp.toegang.brief.BriefRenderer;

/**
 * The one application context the Spring ITs share: the whole app on a random port, demo users, the test
 * database, and the metrics export on (Spring Boot's tests switch it off unless asked). Failsafe runs these
 * ITs in one JVM, so the app starts once for all of them; each test makes its own zaak instead of a fresh
 * context. The letter renderer is a spy: it renders for real, and BriefIncidentIT makes it fail as a broken
 * template would (Spring resets it after each test). ITs that must start the app differently (a restart, the prod profile, the packaged jar, two
 * nodes) start it themselves and run in their own JVM (see the failsafe executions in pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@AutoConfigureObservability(tracing = false)
@MockitoSpyBean(types = BriefRenderer.class)
public @interface ToegangIT {
}
