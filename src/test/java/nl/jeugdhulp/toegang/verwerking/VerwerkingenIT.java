package nl.jeugdhulp.toegang.verwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.ToegangIT;

/** The audit trail: every read and change of a dossier through /api, for the teamleiders of its gemeente. */
@ToegangIT
class VerwerkingenIT {

    private static final String MELDING = """
            {"gemeente": "kampen", "kanaal": "TELEFONISCH", "melder": {"rol": "OUDER", "naam": "Fatima de Vries"},
             "jeugdige": {"bsn": "111222333", "voornamen": "Sam", "achternaam": "de Vries", "geboortedatum": "2014-05-02"},
             "hulpvraag": "Sam gaat al weken niet naar school."}""";

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;

    @Test
    void elkeInzageEnWijzigingStaatOpNaamInHetLogboek_alleenVoorTeamleidersVanDeGemeente() {
        var consulent = new ApiClient(poort, "consulent.kampen");
        String zaak = consulent.post("/api/meldingen", MELDING).json().get("zaaknummer").asText();
        Brievenbus.verstuurVoorZaken(engine, zaak);
        assertThat(consulent.get("/api/zaken/" + zaak).status()).isEqualTo(200);
        long brief = consulent.get("/api/zaken/" + zaak + "/documenten").json().get(0).get("id").asLong();
        assertThat(consulent.bestand("/api/zaken/" + zaak + "/documenten/" + brief).status()).isEqualTo(200);

        assertThat(consulent.get("/api/zaken/" + zaak + "/verwerkingen").status()).as("consulent").isEqualTo(403);
        assertThat(new ApiClient(poort, "teamleider.dalfsen").get("/api/zaken/" + zaak + "/verwerkingen").status())
                .as("teamleider van een andere gemeente").isEqualTo(404);
        assertThat(new ApiClient(poort, "consulent.dalfsen").get("/api/zaken/" + zaak).status()).isEqualTo(404);

        var antwoord = new ApiClient(poort, "teamleider.kampen").get("/api/zaken/" + zaak + "/verwerkingen");
        assertThat(antwoord.status()).isEqualTo(200);
        List<String> regels = antwoord.json().valueStream().map(VerwerkingenIT::regel).toList();
        // Refused requests read nothing and are not in the log; the teamleider's own look is.
        assertThat(regels).containsExactly(
                "consulent.kampen VASTLEGGEN melding",
                "consulent.kampen INZIEN zaak",
                "consulent.kampen INZIEN brieven",
                "consulent.kampen INZIEN brief " + brief + ": Bevestiging van uw melding",
                "teamleider.kampen INZIEN verwerkingen");
        assertThat(antwoord.json().get(0).get("tijdstip").asText()).isNotBlank();
        assertThat(antwoord.body()).doesNotContain("111222333").doesNotContain("de Vries");
    }

    private static String regel(JsonNode verwerking) {
        return verwerking.get("gebruiker").asText() + " " + verwerking.get("handeling").asText() + " "
                + verwerking.get("omschrijving").asText();
    }
}
