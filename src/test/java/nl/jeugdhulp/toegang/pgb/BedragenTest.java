package nl.jeugdhulp.toegang.pgb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BedragenTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1290       | € 1.290,00
            0.5        | € 0,50
            32.25      | € 32,25
            1234567.89 | € 1.234.567,89
            60.625     | € 60,63
            0          | € 0,00
            -5         | € -5,00
            """)
    void euro_inNederlandseNotatie(BigDecimal bedrag, String tekst) {
        assertThat(Bedragen.euro(bedrag)).isEqualTo(tekst);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            6      | 6
            2.50   | 2,5
            0.75   | 0,75
            1200   | 1.200
            1E+1   | 10
            """)
    void getal_zonderOverbodigeNullen(BigDecimal getal, String tekst) {
        assertThat(Bedragen.getal(getal)).isEqualTo(tekst);
    }
}
