package nl.jeugdhulp.toegang.brief;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;

import nl.jeugdhulp.toegang.JeugdhulpToegangApplication;
import nl.jeugdhulp.toegang.prestatie.Meting;
import nl.jeugdhulp.toegang.prestatie.Tabel;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissing;
import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;
import nl.jeugdhulp.toegang.zaak.Ingebrekestelling;
import nl.jeugdhulp.toegang.zaak.Jeugdige;
import nl.jeugdhulp.toegang.zaak.Kanaal;
import nl.jeugdhulp.toegang.zaak.Looptijd;
import nl.jeugdhulp.toegang.zaak.Melder;
import nl.jeugdhulp.toegang.zaak.MelderRol;
import nl.jeugdhulp.toegang.zaak.Opschortingsreden;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Voorzieningsvorm;
import nl.jeugdhulp.toegang.zaak.Zaak;

/**
 * How long it takes to make each letter: the template filled and laid out as a PDF/A, as the letter step does
 * (without the database write). Not a test: run with {@code ./mvnw -B -Pbenchmark verify -DskipTests}. The kinds
 * are measured in turns, so a noisy machine hits them alike; each is also given as a ratio to the
 * ontvangstbevestiging measured in the same run. Printed and written to {@code target/benchmark/brieven.json}.
 */
public final class BriefBenchmark {

    private static final int OPWARMEN = 20;
    private static final int METINGEN = 60;

    private BriefBenchmark() {
    }

    public static void main(String[] args) {
        try (var context = new SpringApplicationBuilder(JeugdhulpToegangApplication.class)
                .profiles("test")
                // The engine's REST API needs the web server; on a free port, so a running app does not matter.
                .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:briefbenchmark;DB_CLOSE_DELAY=-1")
                .run()) {
            var inhoud = context.getBean(Briefinhoud.class);
            var renderer = context.getBean(BriefRenderer.class);
            var termijnen = context.getBean(Termijnbewaking.class);
            LocalDate vandaag = LocalDate.of(2026, 12, 4);

            Map<Briefsoort, Brief> brieven = new EnumMap<>(Briefsoort.class);
            for (Briefsoort soort : Briefsoort.values()) {
                brieven.put(soort, inhoud.van(zaak(soort, termijnen), soort, vandaag));
            }
            Map<Briefsoort, List<Double>> tijden = new EnumMap<>(Briefsoort.class);
            Map<Briefsoort, Integer> grootte = new EnumMap<>(Briefsoort.class);
            for (int ronde = 0; ronde < OPWARMEN + METINGEN; ronde++) {
                for (Briefsoort soort : Briefsoort.values()) {
                    long start = System.nanoTime();
                    byte[] pdf = renderer.pdf(brieven.get(soort));
                    double ms = (System.nanoTime() - start) / 1e6;
                    if (ronde >= OPWARMEN) {
                        tijden.computeIfAbsent(soort, s -> new ArrayList<>()).add(ms);
                    }
                    grootte.put(soort, pdf.length);
                }
            }
            var tabel = new Tabel("brieven", "Hoe lang elke brief duurt, tegen de ontvangstbevestiging in dezelfde run");
            tabel.omstandigheid("metingen per soort", METINGEN);
            tabel.omstandigheid("om op te warmen", OPWARMEN);
            double basis = Meting.mediaan(tijden.get(Briefsoort.ONTVANGSTBEVESTIGING));
            for (Briefsoort soort : Briefsoort.values()) {
                List<Double> t = tijden.get(soort);
                tabel.rij(soort + ", mediaan", Meting.mediaan(t), "ms", Meting.mediaan(t) / basis, null, null);
                tabel.rij(soort + ", p90", Meting.percentiel(t, 0.9), "ms");
                tabel.rij(soort + ", grootte", grootte.get(soort) / 1024.0, "kB");
            }
            tabel.printEnSchrijf();
        }
    }

    /** A zaak in memory with what each letter needs: Sam de Vries in Kampen, melding on 2 November 2026. */
    private static Zaak zaak(Briefsoort soort, Termijnbewaking termijnen) {
        Zaak zaak = new Zaak("kampen", LocalDate.of(2026, 11, 2), Kanaal.TELEFONISCH, new Melder(MelderRol.OUDER, "Fatima de Vries"),
                new Jeugdige("111222333", "Sam", "de Vries", LocalDate.of(2014, 5, 2)), null, "Sam gaat al weken niet naar school.");
        termijnen.startBijMelding(zaak);
        zaak.afspraakGepland(LocalDate.of(2026, 11, 20), "14:30", "Bij het gezin thuis");
        zaak.gesprekGevoerd(LocalDate.of(2026, 11, 20), true,
                List.of(Gespreksonderwerp.SITUATIE_EN_HULPVRAAG, Gespreksonderwerp.EIGEN_KRACHT));
        zaak.verslagOpgesteld(Map.of(Gespreksonderwerp.SITUATIE_EN_HULPVRAAG, "Sam slaapt slecht en gaat niet naar school.",
                Gespreksonderwerp.EIGEN_KRACHT, "Oma past twee middagen per week op."), "Wij willen hulp bij het slapen gaan.");
        zaak.aanvraagOntvangen(LocalDate.of(2026, 11, 27));
        termijnen.start(zaak, Termijnsoort.BESCHIKKING);
        zaak.doorgezonden("Gemeente Zwolle", LocalDate.of(2026, 11, 4));
        Instant genomen = Instant.parse("2026-12-04T09:00:00Z");
        zaak.leg(new Beslissing("instemming", "aanvraagInBehandeling = true",
                "De jeugdige en de wettelijk vertegenwoordiger stemmen allebei in (004 art 6.6).", genomen, "regel instemming v1"));
        zaak.leg(new Beslissing("afweging", "individueleVoorziening = " + (soort != Briefsoort.BESCHIKKING_AFWIJZING),
                "Eigen kracht en netwerk bieden geen oplossing (004 art 8.1).", genomen, "regel afweging v1"));
        switch (soort) {
            case VERDAGINGSBERICHT -> {
                termijnen.verdagen(zaak, "Wij wachten op het advies van de jeugdarts.");
                zaak.verdaagd("Wij wachten op het advies van de jeugdarts.");
            }
            case VERZOEK_OM_AANVULLING -> termijnen.aanvullingVragen(zaak, LocalDate.of(2026, 12, 18),
                    "Het verslag van de jeugdarts over het slapen van Sam.");
            case OPSCHORTINGSBERICHT -> termijnen.opschorten(zaak, Opschortingsreden.INSTEMMING, LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 7), "U vroeg ons te wachten tot na de opname van Sam.");
            case BESCHIKKING_DWANGSOM -> {
                zaak.beschikkingVerzonden(LocalDate.of(2027, 1, 20));
                zaak.ingebrekegesteld(Ingebrekestelling.ontvangen(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 29))
                        .vastgesteld(LocalDate.of(2027, 1, 20), 22, new BigDecimal("602.00"), null, LocalDate.of(2027, 3, 3)));
            }
            case BESCHIKKING_ZIN, BESCHIKKING_PGB, BESCHIKKING_AFWIJZING -> {
                boolean toekenning = soort != Briefsoort.BESCHIKKING_AFWIJZING;
                zaak.aanvraagBeoordeeld(toekenning, !toekenning ? null
                        : soort == Briefsoort.BESCHIKKING_PGB ? Voorzieningsvorm.PGB : Voorzieningsvorm.ZIN);
                zaak.toegekend("Ambulante begeleiding thuis, 3 uur per week", "Sam gaat weer elke dag naar school.", null,
                        new Looptijd(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 6, 14)));
                zaak.pgbBerekend(new BigDecimal("2110.00"), "40 uur × € 52,75 = € 2.110,00");
                zaak.beschikkingVerzonden(LocalDate.of(2026, 12, 4));
                termijnen.start(zaak, Termijnsoort.BEZWAARTERMIJN);
            }
            default -> {
            }
        }
        return zaak;
    }
}
