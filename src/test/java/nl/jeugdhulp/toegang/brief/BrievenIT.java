package nl.jeugdhulp.toegang.brief;

import static nl.jeugdhulp.toegang.TestKlok.zetKlok;
import static nl.jeugdhulp.toegang.proces.JeugdhulpToegangProcessTest.beoordeling;
import static nl.jeugdhulp.toegang.proces.JeugdhulpToegangProcessTest.beschikking;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.melding.MeldingRequest;
import nl.jeugdhulp.toegang.melding.MeldingService;

/**
 * Every letter of the process, made at its step for worked cases in four gemeenten, downloaded over the API and
 * read back as text with PDFBox: the dates the calendar computed, the amounts, the names, the letterhead, the
 * bezwaarclausule, and no BSN outside the verslag. Sam de Vries (BSN 111222333) was born on 2 May 2014.
 */
@ToegangIT
class BrievenIT {

    private static final String BSN = "111222333";
    private static final LocalDate GEBOREN = LocalDate.of(2014, 5, 2);

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;

    ApiClient consulent;

    @BeforeEach
    void init() {
        consulent = new ApiClient(poort, "consulent");
    }

    @AfterEach
    void resetKlok() {
        ClockUtil.reset();
    }

    /**
     * Kampen, the regular route with a verdaging: melding Monday 2 November 2026, afspraak 10 werkdagen and
     * gesprek 6 weken later (Kampen 002 §2.3.1-2), aanvraag 27 November, beslistermijn 2 weken (§2.5) moved by
     * 8 weken, toekenning in kind sent on Friday 4 December, bezwaar until Friday 15 January 2027 (Awb 6:7, 6:8).
     */
    @Test
    void kampen_regulierMetVerdaging_elkeBriefOpZijnStap() throws IOException {
        String zaak = registreer(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 2), GEBOREN), 2);

        String ontvangst = tekst(zaak, Briefsoort.ONTVANGSTBEVESTIGING);
        assertThat(ontvangst).contains("Centrum voor Jeugd en Gezin Kampen",
                "Namens het college van burgemeester en wethouders van Kampen",
                "Aan de ouders of verzorgers van Sam de Vries", "Datum 2 november 2026", "Zaaknummer " + zaak,
                "ontvangen op 2 november 2026", "uiterlijk op 16 november 2026", "uiterlijk plaats op 14 december 2026",
                "Gratis hulp van een cliëntondersteuner", "Dit kost u niets");
        assertThat(ontvangst).doesNotContain(BSN, "Bezwaar");

        zetKlok(LocalDateTime.of(2026, 11, 13, 9, 0));
        rond(zaak, Map.of("gesprekGepland", "2026-11-20", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        assertThat(tekst(zaak, Briefsoort.UITNODIGING_GESPREK)).contains("Datum 13 november 2026",
                "Dag vrijdag 20 november 2026", "Tijd 14.30 uur", "Plaats Bij het gezin thuis",
                "familie, vrienden of buren", "cliëntondersteuner", "geldig identiteitsbewijs", "familiegroepsplan",
                "tot 7 werkdagen na het gesprek").doesNotContain(BSN);

        zetKlok(LocalDateTime.of(2026, 11, 20, 15, 0));
        rond(zaak, Map.of("gesprekDatum", "2026-11-20", "geinformeerd", true, "toestemmingGegevensverwerking", true,
                "familiegroepsplanGewenst", false, "verslagGewenst", true,
                "besprokenSituatieEnHulpvraag", true, "besprokenEigenKracht", true));
        zetKlok(LocalDateTime.of(2026, 11, 24, 10, 0));
        rond(zaak, Map.of("uitkomstSituatieEnHulpvraag", "Sam slaapt slecht en gaat al weken niet naar school.",
                "uitkomstEigenKracht", "Oma kan twee middagen per week oppassen.",
                "opmerkingenFamilie", "Wij willen graag hulp bij het naar bed gaan.", "verslagVerstrekt", true));
        String verslag = tekst(zaak, Briefsoort.VERSLAG);
        assertThat(verslag).contains("Op 20 november 2026 hebben wij met u gesproken",
                "De situatie en de hulpvraag Sam slaapt slecht en gaat al weken niet naar school.",
                "Wat u zelf of met mensen om u heen kunt doen Oma kan twee middagen per week oppassen.",
                "Wij willen graag hulp bij het naar bed gaan.", "Voor gezien", "Akkoord",
                // 002 §2.4: name, BSN, date of birth and date make the signed verslag the aanvraag.
                "Naam jeugdige Sam de Vries", "Burgerservicenummer " + BSN, "Geboortedatum 2 mei 2014",
                "geldt het getekende verslag als uw aanvraag", "binnen 2 weken");
        assertThat(verslag).doesNotContain("Vrij toegankelijke hulp");

        rond(zaak, Map.of("verslagOordeel", "AKKOORD"));
        zetKlok(LocalDateTime.of(2026, 11, 27, 10, 0));
        rond(zaak, Map.of("aanvraagIngediend", true, "aanvraagDatum", "2026-11-27"));
        rond(zaak, beoordeling("verdagen", true));
        rond(zaak, Map.of("toelichting", "Wij wachten op het advies van de jeugdarts."));
        assertThat(tekst(zaak, Briefsoort.VERDAGINGSBERICHT)).contains("Op 27 november 2026 heeft u jeugdhulp aangevraagd",
                "uiterlijk op 11 december 2026 een besluit nemen", "Wij wachten op het advies van de jeugdarts.",
                "uiterlijk op 5 februari 2027").doesNotContain(BSN);

        zetKlok(LocalDateTime.of(2026, 12, 4, 10, 0));
        rond(zaak, beoordeling());
        rond(zaak, beschikking("samenhangendeVoorzieningen", "Sam houdt zijn plek bij de voorschoolse opvang."));
        String besluit = tekst(zaak, Briefsoort.BESCHIKKING_ZIN);
        assertThat(besluit).contains("Datum 4 december 2026", "Op 27 november 2026 heeft u jeugdhulp aangevraagd",
                "U krijgt de jeugdhulp die hieronder staat", "zorg in natura",
                "Welke hulp Ambulante begeleiding thuis, 3 uur per week",
                "Wat de hulp moet bereiken Sam gaat weer elke dag naar school.",
                "Vanaf 14 december 2026", "Tot en met 13 juni 2027", "Hoe lang 6 maanden",
                "Een jeugdhulpaanbieder waarmee de gemeente een contract heeft",
                "Andere hulp die hierbij hoort Sam houdt zijn plek bij de voorschoolse opvang.",
                "(toets: regel afweging v1)");
        assertBezwaarclausule(besluit, "Kampen", "15 januari 2027");
        assertThat(besluit).doesNotContain(BSN);

        assertThat(consulent.get("/api/zaken/" + zaak + "/documenten").json()).extracting(d -> d.get("soort").asText())
                .containsExactly("ONTVANGSTBEVESTIGING", "UITNODIGING_GESPREK", "VERSLAG", "VERDAGINGSBERICHT",
                        "BESCHIKKING_ZIN");
    }

    /**
     * Kampen, aanvraag on Friday 13 November, beslistermijn to 27 November (002 §2.5). On 16 November the consulent
     * asks for the jeugdarts' report by 30 November (Awb 4:5); it comes on 25 November. The term stood still from
     * 17 up to and including 24 November, 8 days: 27 November + 8 is Saturday 5 December, so Monday 7 December.
     */
    @Test
    void kampen_aanvullingGevraagd_verzoekEnNieuweDatumVoorHetBesluit() throws IOException {
        String zaak = registreer(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 2), GEBOREN), 2);
        zetKlok(LocalDateTime.of(2026, 11, 13, 9, 0));
        rond(zaak, Map.of("gesprekGepland", "2026-11-13", "gesprekTijd", "09:30", "gesprekLocatie", "Het gemeentehuis"));
        rond(zaak, Map.of("gesprekDatum", "2026-11-13", "geinformeerd", true, "toestemmingGegevensverwerking", true,
                "familiegroepsplanGewenst", false, "verslagGewenst", false));
        rond(zaak, Map.of("aanvraagIngediend", true, "aanvraagDatum", "2026-11-13"));
        zetKlok(LocalDateTime.of(2026, 11, 16, 10, 0));
        rond(zaak, beoordeling("opschorten", true));
        rond(zaak, Map.of("opschortingsreden", "AANVULLING", "aanvullenUiterlijk", "2026-11-30",
                "toelichting", "Het verslag van de jeugdarts over het slapen van Sam."));
        assertThat(tekst(zaak, Briefsoort.VERZOEK_OM_AANVULLING)).contains("Datum 16 november 2026",
                "Op 13 november 2026 heeft u jeugdhulp aangevraagd", "Het verslag van de jeugdarts over het slapen van Sam.",
                "Stuur de gegevens uiterlijk op 30 november 2026", "Wij zouden uiterlijk op 27 november 2026 een besluit nemen",
                "telt de tijd tot ons besluit niet door").doesNotContain(BSN);

        zetKlok(LocalDateTime.of(2026, 11, 25, 14, 0));
        rond(zaak, Map.of("aangevuldOp", "2026-11-25"));
        assertThat(tekst(zaak, Briefsoort.OPSCHORTINGSBERICHT)).contains("Datum 25 november 2026",
                "Wij hebben die op 25 november 2026 ontvangen",
                "telde niet door van 17 november 2026 tot en met 24 november 2026: 8 dagen",
                "U krijgt ons besluit uiterlijk op 7 december 2026").doesNotContain(BSN, "Waarom staat de tijd stil");

        JsonNode beslistermijn = null;
        for (JsonNode termijn : consulent.get("/api/zaken/" + zaak).json().get("termijnen")) {
            if (termijn.get("soort").asText().equals("BESCHIKKING")) {
                beslistermijn = termijn;
            }
        }
        assertThat(beslistermijn).isNotNull();
        assertThat(beslistermijn.get("uiterlijk").asText()).isEqualTo("2026-12-07");
        assertThat(beslistermijn.get("oorspronkelijk").asText()).isEqualTo("2026-11-27");
        assertThat(beslistermijn.get("status").asText()).isEqualTo("LOPEND");
        JsonNode opschorting = beslistermijn.get("opschortingen").get(0);
        assertThat(opschorting.get("reden").asText()).isEqualTo("AANVULLING");
        assertThat(opschorting.get("bron").asText()).isEqualTo("Awb art 4:15 lid 1");
        assertThat(opschorting.get("van").asText()).isEqualTo("2026-11-17");
        assertThat(opschorting.get("tot").asText()).isEqualTo("2026-11-24");
        assertThat(opschorting.get("aanvullenUiterlijk").asText()).isEqualTo("2026-11-30");
        assertThat(opschorting.get("dagen").asInt()).isEqualTo(8);
    }

    /**
     * Awb 4:17-4:18, Kampen: aanvraag 13 November, beslistermijn to 27 November; the ingebrekestelling comes on
     * 1 December, the dwangsom runs from 16 December, and the beschikking goes out on Monday 11 January 2027:
     * 16 December up to and including 10 January is 26 days, 14 × € 23 + 12 × € 35 = € 742. Settled that day, the
     * bezwaar against it may come until 22 February 2027.
     */
    @Test
    void kampen_beschikkingDwangsom_dagenEnBedrag() throws IOException {
        String zaak = totBesluitOp("kampen", LocalDateTime.of(2026, 12, 1, 10, 0));
        assertThat(consulent.post("/api/zaken/" + zaak + "/ingebrekestellingen", "{\"ontvangen\": \"2026-12-01\"}").status())
                .isEqualTo(201);
        zetKlok(LocalDateTime.of(2027, 1, 11, 10, 0));
        rond(zaak, beoordeling());
        rond(zaak, beschikking("ingangsdatum", "2027-01-18", "einddatum", "2027-07-17"));
        var teamleider = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak)
                .taskDefinitionKey("Task_DwangsomVaststellen").singleResult();
        engine.getTaskService().complete(teamleider.getId());
        Brievenbus.verstuur(engine, teamleider.getProcessInstanceId());

        String brief = tekst(zaak, Briefsoort.BESCHIKKING_DWANGSOM);
        assertThat(brief).contains("Datum 11 januari 2027", "Op 13 november 2026 heeft u jeugdhulp aangevraagd",
                "uiterlijk op 27 november 2026 een besluit nemen", "Op 1 december 2026 kregen wij uw brief",
                "op 11 januari 2027 verstuurd", "Eerste dag van de dwangsom 16 december 2026", "Aantal dagen 26",
                "Bedrag € 742,00");
        assertBezwaarclausule(brief, "Kampen", "22 februari 2027");
        assertThat(brief).doesNotContain(BSN);
    }

    /** Dalfsen, a PGB: 40 hours capped by care in kind at € 52,75 an hour (002 §6.6), with Samen Doen's contact. */
    @Test
    void dalfsen_pgb_bedragEnBerekeningInDeBeschikking() throws IOException {
        String zaak = totBesluit("dalfsen", beoordeling("vorm", "PGB"));
        rond(zaak, beschikking("zorgsoort", "BEGELEIDING_INDIVIDUEEL", "pgbAantal", 40, "zinTarief", 52.75));
        String besluit = tekst(zaak, Briefsoort.BESCHIKKING_PGB);
        assertThat(besluit).contains("Samen Doen in Dalfsen", "Telefoon 140529", "op werkdagen van 8.30 tot 12.30 uur",
                "U krijgt een persoonsgebonden budget van € 2.110,00",
                "Zo hebben wij het bedrag", "40 uur × € 52,75 = € 2.110,00",
                "Waarvoor het budget is Ambulante begeleiding thuis, 3 uur per week",
                "Vanaf 14 december 2026", "Tot en met 13 juni 2027", "Hoe lang 6 maanden", "Sociale Verzekeringsbank (SVB)",
                "Waar moet de hulp aan voldoen?", "(toets: regel pgbToets v1)");
        assertBezwaarclausule(besluit, "Dalfsen", "15 januari 2027");
        assertThat(besluit).doesNotContain(BSN);
    }

    /** Dordrecht, a refusal: the network solves it (004 art 8.1 a), and the letter gives that rule as the reason. */
    @Test
    void dordrecht_afwijzing_motiveringMetDeToegepasteRegel() throws IOException {
        String zaak = totBesluit("dordrecht", beoordeling("eigenKrachtVoldoende", true));
        rond(zaak, Map.of("beschikkingGecontroleerd", true));
        String besluit = tekst(zaak, Briefsoort.BESCHIKKING_AFWIJZING);
        assertThat(besluit).contains("Sociaal Wijkteam Dordrecht", "van maandag tot en met vrijdag van 9.00 tot 16.00 uur",
                "U krijgt geen jeugdhulp van de gemeente", "Wij wijzen uw aanvraag af",
                "De jeugdige vindt op eigen kracht, met de ouders of met het eigen netwerk een oplossing",
                "004 art 8.1 onder a", "(toets: regel afweging v1)");
        assertBezwaarclausule(besluit, "Dordrecht", "15 januari 2027");
        assertThat(besluit).doesNotContain(BSN, "€");
    }

    /** A refusal gives the rule that refused, not the rules that were met: here consent, not the need for help. */
    @Test
    void afwijzingZonderInstemming_noemtAlleenDeRegelDieAfwees() throws IOException {
        String zaak = totBesluit("stadskanaal", beoordeling("jeugdigeStemtIn", false));
        rond(zaak, Map.of("beschikkingGecontroleerd", true));
        String besluit = tekst(zaak, Briefsoort.BESCHIKKING_AFWIJZING);
        assertThat(besluit).contains("Wij wijzen uw aanvraag af", "(toets: regel instemming v1)")
                .doesNotContain("(toets: regel afweging v1)");
    }

    /**
     * A melding of 2 November registered on 23 November: the appointment's last day (16 November) has passed, so the
     * receipt does not promise it but says the gemeente calls as soon as it can; the termijn escalates at once. The
     * gesprek's last day (14 December) is still ahead and stays in the letter.
     */
    @Test
    void laatGeregistreerdeMelding_ontvangstbevestigingBelooftGeenDagDieVoorbijIs_enDeZaakEscaleert() throws IOException {
        String zaak = registreer(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 2), GEBOREN), 23);
        String ontvangst = tekst(zaak, Briefsoort.ONTVANGSTBEVESTIGING);
        assertThat(ontvangst).contains("Datum 23 november 2026", "ontvangen op 2 november 2026", "al voorbij",
                "zo snel mogelijk contact", "uiterlijk plaats op 14 december 2026").doesNotContain("16 november 2026");

        var management = engine.getManagementService();
        String instantie = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .singleResult().getId();
        management.createJobQuery().processInstanceId(instantie).timers().executable().list()
                .forEach(timer -> management.executeJob(timer.getId()));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak)
                .taskDefinitionKey("Task_TermijnoverschrijdingBeoordelen").count()).as("escalatie").isOne();
    }

    /** Stadskanaal, the woonplaatsbeginsel: custody in Zwolle, so the melding goes there and the family is told (Awb 2:3). */
    @Test
    void stadskanaal_doorzending_naarWelkeGemeenteEnWaarom() throws IOException {
        String zaak = registreer(TestMelding.gezagIn(TestMelding.vanSam("stadskanaal", LocalDate.of(2026, 11, 2), GEBOREN),
                "Zwolle"), 2);
        zetKlok(LocalDateTime.of(2026, 11, 4, 11, 0));
        rond(zaak, Map.of("toelichting", "Moeder heeft het gezag en woont sinds de zomer in Zwolle.", "doorzenden", true,
                "doorzendenAan", "Gemeente Zwolle"));
        String bericht = tekst(zaak, Briefsoort.DOORZENDBERICHT);
        assertThat(bericht).contains("Gemeente Stadskanaal", "Datum 4 november 2026",
                "Op 2 november 2026 hebben wij uw melding", "op 4 november 2026 doorgestuurd naar: Gemeente Zwolle",
                "ouder of voogd met het gezag", "niet in de gemeente Stadskanaal", "U hoeft uw melding niet opnieuw te doen")
                .doesNotContain(BSN, "Telefoon");
        assertThat(consulent.get("/api/zaken/" + zaak + "/documenten").json()).extracting(d -> d.get("soort").asText())
                .containsExactly("ONTVANGSTBEVESTIGING", "DOORZENDBERICHT");
    }

    /** Spoed (004 art 3.3): the crisis comes first, so the confirmation promises no appointment date yet. */
    @Test
    void spoed_ontvangstbevestigingZegtDatEerstDeDirecteHulpKomt() throws IOException {
        String zaak = registreer(TestMelding.spoed(TestMelding.vanSam("dalfsen", LocalDate.of(2026, 11, 2), GEBOREN)), 2);
        assertThat(tekst(zaak, Briefsoort.ONTVANGSTBEVESTIGING)).contains("Samen Doen in Dalfsen",
                "U heeft gezegd dat er haast bij is", "eerst de hulp die nu direct nodig is")
                .doesNotContain("Een consulent neemt contact met u op om een afspraak te maken", "uiterlijk op", BSN);
    }

    /** The PDF itself: real text in an embedded font, title and language set, tagged, and PDF/A-2 in its metadata. */
    @Test
    void brief_isToegankelijkePdfA() throws IOException {
        String zaak = registreer(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 2), GEBOREN), 2);
        ApiClient.Bestand pdf = consulent.bestand("/api/zaken/" + zaak + "/documenten/"
                + id(zaak, Briefsoort.ONTVANGSTBEVESTIGING));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.inhoud())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Bevestiging van uw melding");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("getagd (PDF/UA)").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")A");
            for (PDPage pagina : document.getPages()) {
                for (var naam : pagina.getResources().getFontNames()) {
                    PDFont font = pagina.getResources().getFont(naam);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
        JsonNode lijst = consulent.get("/api/zaken/" + zaak + "/documenten").json();
        assertThat(lijst.get(0).get("titel").asText()).isEqualTo("Bevestiging van uw melding");
        assertThat(lijst.get(0).get("grootte").asInt()).isEqualTo(pdf.inhoud().length);
        assertThat(lijst.get(0).get("aangemaakt").asText()).startsWith("2026-11-02T");
    }

    @Test
    void documenten_nietAangemeld401_onbekend404_andereZaak404() {
        String zaak = registreer(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 2), GEBOREN), 2);
        String ander = registreer(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 2), GEBOREN), 2);
        long id = id(zaak, Briefsoort.ONTVANGSTBEVESTIGING);
        assertThat(new ApiClient(poort, null).get("/api/zaken/" + zaak + "/documenten").status()).isEqualTo(401);
        assertThat(new ApiClient(poort, null).bestand("/api/zaken/" + zaak + "/documenten/" + id).status()).isEqualTo(401);
        var elders = consulent.get("/api/zaken/" + ander + "/documenten/" + id);
        assertThat(elders.status()).as("een brief van een andere zaak").isEqualTo(404);
        assertThat(elders.contentType()).isEqualTo("application/problem+json");
        assertThat(consulent.get("/api/zaken/" + zaak + "/documenten/999999").status()).isEqualTo(404);
        assertThat(consulent.get("/api/zaken/bestaat-niet/documenten").status()).isEqualTo(404);
        var geenGetal = consulent.get("/api/zaken/" + zaak + "/documenten/abc");
        assertThat(geenGetal.status()).isEqualTo(400);
        assertThat(geenGetal.contentType()).isEqualTo("application/problem+json");
    }

    /** Melding on 2 November 2026, afspraak and gesprek on 13 November without a verslag, aanvraag that day. */
    private String totBesluit(String gemeente, Map<String, Object> beoordeling) {
        String zaak = totBesluitOp(gemeente, LocalDateTime.of(2026, 12, 4, 10, 0));
        rond(zaak, beoordeling);
        return zaak;
    }

    /** The same zaak up to the judgement of its aanvraag, with the clock at {@code dan}. */
    private String totBesluitOp(String gemeente, LocalDateTime dan) {
        String zaak = registreer(TestMelding.vanSam(gemeente, LocalDate.of(2026, 11, 2), GEBOREN), 2);
        zetKlok(LocalDateTime.of(2026, 11, 13, 9, 0));
        rond(zaak, Map.of("gesprekGepland", "2026-11-13", "gesprekTijd", "09:30", "gesprekLocatie", "Het gemeentehuis"));
        rond(zaak, Map.of("gesprekDatum", "2026-11-13", "geinformeerd", true, "toestemmingGegevensverwerking", true,
                "familiegroepsplanGewenst", false, "verslagGewenst", false));
        rond(zaak, Map.of("aanvraagIngediend", true, "aanvraagDatum", "2026-11-13"));
        zetKlok(dan);
        return zaak;
    }

    private static void assertBezwaarclausule(String besluit, String gemeente, String uiterlijk) {
        assertThat(besluit).contains("Bent u het niet eens met dit besluit?",
                "college van burgemeester en wethouders van " + gemeente, "U heeft daarvoor 6 weken",
                "vanaf de dag na de datum van deze brief", "uiterlijk op " + uiterlijk + " binnen zijn",
                "waarom u het niet eens bent", "AKJ", "cliëntondersteuner", "gratis", "voorlopige voorziening");
    }

    private String registreer(MeldingRequest melding, int dag) {
        zetKlok(LocalDateTime.of(2026, 11, dag, 9, 0));
        String zaak = meldingen.registreer(melding).getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, zaak);
        return zaak;
    }

    /** Completes the zaak's one open task for consulenten or teamleiders, as its candidate would in Tasklist. */
    private void rond(String zaak, Map<String, Object> variabelen) {
        var taak = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("jeugdhulp-toegang").taskCandidateGroup("consulenten").includeAssignedTasks()
                .singleResult();
        engine.getTaskService().complete(taak.getId(), new HashMap<>(variabelen));
        Brievenbus.verstuur(engine, taak.getProcessInstanceId());
    }

    private long id(String zaak, Briefsoort soort) {
        for (JsonNode document : consulent.get("/api/zaken/" + zaak + "/documenten").json()) {
            if (document.get("soort").asText().equals(soort.name())) {
                return document.get("id").asLong();
            }
        }
        throw new AssertionError("Geen " + soort + " bij zaak " + zaak);
    }

    /** The letter as downloaded, its text with whitespace folded, so a phrase matches across line breaks. */
    private String tekst(String zaak, Briefsoort soort) throws IOException {
        ApiClient.Bestand pdf = consulent.bestand("/api/zaken/" + zaak + "/documenten/" + id(zaak, soort));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.inhoud())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
