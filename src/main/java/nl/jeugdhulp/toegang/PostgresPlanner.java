package nl.jeugdhulp.toegang;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two planner settings on every PostgreSQL connection of the pool, so they hold whatever the server says
 * (docs/prestaties.md, TermijnenBenchmark):
 * <ul>
 * <li>{@code random_page_cost = 1.1}, the usual advice on SSD or with the tables in memory; PostgreSQL assumes
 * spinning disks (4);</li>
 * <li>custom plans only: the driver prepares a statement after 5 uses, and PostgreSQL's generic plan for Camunda's
 * authorization check ({@code perms_ & ? = ?}) then joins every open task with every task authorization. A Tasklist
 * filter's count went from 0.25 s to 11 s at 30,000 open cases from its 9th call on.</li>
 * </ul>
 * An operator who sets {@code spring.datasource.hikari.connection-init-sql} keeps his own. H2 has neither setting.
 */
@Configuration(proxyBeanMethods = false)
class PostgresPlanner {

    static final String INSTELLINGEN = "set random_page_cost = 1.1; set plan_cache_mode = force_custom_plan";

    @Bean
    static BeanPostProcessor plannerInstellingen() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String naam) {
                if (bean instanceof HikariDataSource pool && pool.getConnectionInitSql() == null
                        && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    pool.setConnectionInitSql(INSTELLINGEN);
                }
                return bean;
            }
        };
    }
}
