package nl.jeugdhulp.toegang.beschikking;

import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.EINDDATUM;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.INGANGSDATUM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.pgb.PgbAanvraag;
import nl.jeugdhulp.toegang.pgb.PgbBedrag;
import nl.jeugdhulp.toegang.pgb.PgbBerekening;
import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Looptijd;
import nl.jeugdhulp.toegang.zaak.Voorzieningsvorm;
import nl.jeugdhulp.toegang.zaak.Zaak;

/**
 * The beschikking's content (004 art 9). The rules decided whether the aanvraag is taken into behandeling
 * (instemming) and whether an individuele voorziening is needed (afweging); a PGB that the PGB rule refused
 * becomes care in kind. A toekenning needs its start and end (art 9.2 b); a PGB its amount and how it was
 * computed (art 9.3 c). Each outcome is a beslissing in the dossier, with its reasons.
 */
@Service
@Transactional
public class Beschikkingen {

    private final PgbBerekening pgb;
    private final Beslissingen beslissingen;

    Beschikkingen(PgbBerekening pgb, Beslissingen beslissingen) {
        this.pgb = pgb;
        this.beslissingen = beslissingen;
    }

    /** The decision as the process reads it: the vier-ogen rule routes on whether it grants, its months and amount. */
    public record Besluit(boolean toekenning, int duurMaanden, BigDecimal pgbBedrag) {

        static final Besluit AFWIJZING = new Besluit(false, 0, BigDecimal.ZERO);
    }

    /** What the consulent grants: the voorziening, its aim and its context (art 9.2), in the form asked for. */
    public record Toekenning(String voorziening, String beoogdResultaat, String samenhangendeVoorzieningen,
                             Voorzieningsvorm gevraagd, boolean pgbToegestaan) {

        boolean alsPgb() {
            return gevraagd == Voorzieningsvorm.PGB && pgbToegestaan;
        }
    }

    public Besluit wijsAf(Zaak zaak, String door) {
        zaak.aanvraagBeoordeeld(false, null);
        beslissingen.leg(zaak, "besluit", "afwijzing", "Zie de beslissingen instemming en afweging (004 art 6, 8).", door);
        return Besluit.AFWIJZING;
    }

    /** The help runs from the ingangsdatum up to and including the einddatum, not from before the aanvraag. */
    public Looptijd looptijd(Zaak zaak, LocalDate ingang, LocalDate einde) {
        if (einde.isBefore(ingang)) {
            throw new Stapweigering(EINDDATUM.naam() + " mag niet voor de ingangsdatum liggen (de hulp loopt tot en met de einddatum)");
        }
        LocalDate aanvraag = zaak.getAanvraag().datum();
        if (ingang.isBefore(aanvraag)) {
            throw new Stapweigering(INGANGSDATUM.naam() + " mag niet voor de aanvraagdatum (" + aanvraag + ") liggen");
        }
        return new Looptijd(ingang, einde);
    }

    /** The PGB's amount is only asked when the PGB is granted: care in kind needs none. */
    public Besluit kenToe(Zaak zaak, Toekenning toekenning, Looptijd looptijd, Supplier<PgbAanvraag> pgbAanvraag, String door) {
        zaak.toegekend(toekenning.voorziening(), toekenning.beoogdResultaat(), toekenning.samenhangendeVoorzieningen(), looptijd);
        Voorzieningsvorm vorm = toekenning.alsPgb() ? Voorzieningsvorm.PGB : Voorzieningsvorm.ZIN;
        zaak.aanvraagBeoordeeld(true, vorm);
        BigDecimal pgbBedrag = BigDecimal.ZERO;
        if (toekenning.alsPgb()) {
            PgbBedrag bedrag = pgb.bereken(pgbAanvraag.get());
            zaak.pgbBerekend(bedrag.bedrag(), bedrag.berekening());
            beslissingen.leg(zaak, "pgb-bedrag", bedrag.bedrag().toPlainString(), bedrag.berekening() + " (004 art 9.3c)", door);
            pgbBedrag = bedrag.bedrag();
        }
        beslissingen.leg(zaak, "besluit", "toekenning " + vorm + " " + looptijd,
                toekenning.gevraagd() == Voorzieningsvorm.PGB && !toekenning.alsPgb()
                        ? "PGB niet toegestaan (zie beslissing pgbToets); de hulp wordt in natura geleverd (002 §6.5)."
                        : "Zie de beslissing afweging (004 art 8, 9).", door);
        return new Besluit(true, looptijd.maandenNaarBoven(), pgbBedrag);
    }

    /**
     * Four eyes (Dalfsen 001 §4): who approves a large or long toekenning is known, and is neither who drew it up nor
     * the zaak's regisseur. Returns who approves.
     */
    public String vierOgen(Optional<String> beoordelaar, Optional<String> opgesteldDoor, Optional<String> regisseur) {
        String wie = beoordelaar.orElseThrow(
                () -> new Stapweigering("Vier ogen: onbekend wie goedkeurt; neem de taak eerst (001 §4)"));
        if (opgesteldDoor.filter(wie::equals).isPresent() || regisseur.filter(wie::equals).isPresent()) {
            throw new Stapweigering("Vier ogen: wie de beschikking opstelde of de zaak als regisseur heeft, keurt haar niet zelf goed (001 §4)");
        }
        return wie;
    }
}
