package nl.jeugdhulp.toegang.zaak;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.NaturalId;

/**
 * The case dossier of one melding. Personal data (jeugdige, melder, hulpvraag) lives here and only here:
 * the process instance carries the zaaknummer as business key and dates and flags as variables.
 * <p>
 * The zaak holds its identity, where it stands (fase, route, termijnen, beslissingen) and the melding itself; each
 * step of the intake fills a part of its own ({@link Gesprek}, {@link Verslag}, {@link Aanvraag}, {@link Beschikking}).
 * The parts are values in the zaak's own table: the column overrides keep the columns the dossier always had.
 * Hibernate reads a part whose columns are all empty as absent, so the getters give an empty part, or an empty
 * {@link Optional} for the parts that only some routes have.
 */
@Entity
public class Zaak {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zaak_seq")
    @SequenceGenerator(name = "zaak_seq", sequenceName = "zaak_seq", allocationSize = 1)
    private Long id;

    /** Derived from the generated id, so it is written by an update right after the insert. */
    @NaturalId(mutable = true)
    @Column(unique = true)
    private String zaaknummer;

    @Column(unique = true)
    private String procesInstantieId;

    @Column(nullable = false)
    private String gemeente;

    @Column(nullable = false)
    private LocalDate ontvangen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kanaal kanaal;

    @Embedded
    @AttributeOverride(name = "rol", column = @Column(name = "melder_rol", nullable = false))
    @AttributeOverride(name = "naam", column = @Column(name = "melder_naam", nullable = false))
    private Melder melder;

    @Embedded
    @AttributeOverride(name = "bsn", column = @Column(name = "jeugdige_bsn", nullable = false))
    @AttributeOverride(name = "voornamen", column = @Column(name = "jeugdige_voornamen", nullable = false))
    @AttributeOverride(name = "achternaam", column = @Column(name = "jeugdige_achternaam", nullable = false))
    @AttributeOverride(name = "geboortedatum", column = @Column(name = "jeugdige_geboortedatum", nullable = false))
    private Jeugdige jeugdige;

    private String voortzettingReden;

    @Column(nullable = false, length = 10000)
    private String hulpvraag;

    private boolean spoed;
    /** Where the parent with custody lives, when the melding names another gemeente (002 §2.1). */
    private String gezagGemeente;

    @Embedded
    @AttributeOverride(name = "verwijzerType", column = @Column(name = "verwijzer_type"))
    @AttributeOverride(name = "verwijzerAgbCode", column = @Column(name = "verwijzer_agb_code"))
    @AttributeOverride(name = "verwijzerNaam", column = @Column(name = "verwijzer_naam"))
    @AttributeOverride(name = "aanbiederAgbCode", column = @Column(name = "aanbieder_agb_code"))
    @AttributeOverride(name = "aanbiederNaam", column = @Column(name = "aanbieder_naam"))
    private Verwijzing verwijzing;

    @Embedded
    @AttributeOverride(name = "maatregel", column = @Column(name = "maatregel"))
    @AttributeOverride(name = "instelling", column = @Column(name = "gecertificeerde_instelling"))
    private GedwongenKader gedwongenKader;

    @Enumerated(EnumType.STRING)
    private Route route;

    @Embedded
    @AttributeOverride(name = "aan", column = @Column(name = "doorgezonden_aan"))
    @AttributeOverride(name = "op", column = @Column(name = "doorgezonden_op"))
    private Doorzending doorzending;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Fase fase = Fase.MELDING;

    private LocalDate ontvangstbevestigingVerzonden;

    @Embedded
    @AttributeOverride(name = "gepland", column = @Column(name = "gesprek_gepland"))
    @AttributeOverride(name = "tijd", column = @Column(name = "gesprek_tijd"))
    @AttributeOverride(name = "locatie", column = @Column(name = "gesprek_locatie"))
    @AttributeOverride(name = "datum", column = @Column(name = "gesprek_datum"))
    @AttributeOverride(name = "afgezienOp", column = @Column(name = "gesprek_afgezien_op"))
    @AttributeOverride(name = "toestemmingGegevensverwerking", column = @Column(name = "toestemming_gegevensverwerking"))
    @AttributeOverride(name = "onderwerpen", column = @Column(name = "gesprek_onderwerpen"))
    private Gesprek gesprek;

    @Embedded
    @AttributeOverride(name = "oordeel", column = @Column(name = "verslag_oordeel"))
    @AttributeOverride(name = "opmerkingen", column = @Column(name = "verslag_opmerkingen", length = 10000))
    @AttributeOverride(name = "opmerkingenFamilie", column = @Column(name = "verslag_opmerkingen_familie"))
    private Verslag verslag;

    /** The outcome of the onderzoek per topic that the gesprek covered, as the verslag states it (004 art 6.1). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "verslag_uitkomst", joinColumns = @JoinColumn(name = "zaak_id"))
    @MapKeyColumn(name = "onderwerp")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "uitkomst", length = 4000)
    @Fetch(FetchMode.SELECT)
    private Map<Gespreksonderwerp, String> verslagUitkomsten = new EnumMap<>(Gespreksonderwerp.class);

    @Embedded
    @AttributeOverride(name = "datum", column = @Column(name = "aanvraag_datum"))
    @AttributeOverride(name = "individueleVoorziening", column = @Column(name = "individuele_voorziening"))
    @AttributeOverride(name = "voorzieningsvorm", column = @Column(name = "voorzieningsvorm"))
    private Aanvraag aanvraag;

    @Embedded
    @AttributeOverride(name = "verdagingReden", column = @Column(name = "verdaging_reden"))
    @AttributeOverride(name = "voorziening", column = @Column(name = "voorziening"))
    @AttributeOverride(name = "beoogdResultaat", column = @Column(name = "beoogd_resultaat"))
    @AttributeOverride(name = "samenhangendeVoorzieningen", column = @Column(name = "samenhangende_voorzieningen"))
    @AttributeOverride(name = "ingangsdatum", column = @Column(name = "ingangsdatum"))
    @AttributeOverride(name = "einddatum", column = @Column(name = "einddatum"))
    @AttributeOverride(name = "pgbBedrag", column = @Column(name = "pgb_bedrag"))
    @AttributeOverride(name = "pgbBerekening", column = @Column(name = "pgb_berekening"))
    @AttributeOverride(name = "verzonden", column = @Column(name = "beschikking_verzonden"))
    private Beschikking beschikking;

    private LocalDate afgesloten;

    /** The family's notice of default (Awb 4:17), once; null while none came. */
    @Embedded
    private Ingebrekestelling ingebrekestelling;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "zaak_id", nullable = false)
    @OrderBy("id")
    private List<Zaaktermijn> termijnen = new ArrayList<>();

    /** Loaded by its own select: Hibernate cannot join two eager lists in one query. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "zaak_id", nullable = false)
    @OrderBy("id")
    private List<Beslissing> beslissingen = new ArrayList<>();

    protected Zaak() {
    }

    public Zaak(String gemeente, LocalDate ontvangen, Kanaal kanaal, Melder melder, Jeugdige jeugdige,
                String voortzettingReden, String hulpvraag) {
        this.gemeente = gemeente;
        this.ontvangen = ontvangen;
        this.kanaal = kanaal;
        this.melder = melder;
        this.jeugdige = jeugdige;
        this.voortzettingReden = voortzettingReden;
        this.hulpvraag = hulpvraag;
    }

    void kenZaaknummerToe(String zaaknummer) {
        this.zaaknummer = zaaknummer;
    }

    void setProcesInstantieId(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    public Long getId() {
        return id;
    }

    public String getZaaknummer() {
        return zaaknummer;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public String getGemeente() {
        return gemeente;
    }

    public LocalDate getOntvangen() {
        return ontvangen;
    }

    public Jeugdige getJeugdige() {
        return jeugdige;
    }

    /** Why help continues past 18 (Kampen 002 §4.3.1); empty for a minor. */
    public Optional<String> getVoortzettingReden() {
        return Optional.ofNullable(voortzettingReden);
    }

    public Fase getFase() {
        return fase;
    }

    void naarFase(Fase fase) {
        this.fase = fase;
    }

    /** Empty until the toegangsroute decision chose one. */
    public Optional<Route> getRoute() {
        return Optional.ofNullable(route);
    }

    void routeGekozen(Route route) {
        this.route = route;
    }

    public boolean isSpoed() {
        return spoed;
    }

    public void spoed(boolean spoed) {
        this.spoed = spoed;
    }

    public Optional<String> getGezagGemeente() {
        return Optional.ofNullable(gezagGemeente);
    }

    public void gezagIn(String gemeente) {
        this.gezagGemeente = gemeente;
    }

    public Optional<Verwijzing> getVerwijzing() {
        return Optional.ofNullable(verwijzing);
    }

    public void verwezen(Verwijzing verwijzing) {
        this.verwijzing = verwijzing;
    }

    public Optional<GedwongenKader> getGedwongenKader() {
        return Optional.ofNullable(gedwongenKader);
    }

    public void inGedwongenKader(GedwongenKader kader) {
        this.gedwongenKader = kader;
    }

    public Optional<Doorzending> getDoorzending() {
        return Optional.ofNullable(doorzending);
    }

    public void doorgezonden(String aan, LocalDate op) {
        this.doorzending = new Doorzending(aan, op);
    }

    public Optional<LocalDate> getOntvangstbevestigingVerzonden() {
        return Optional.ofNullable(ontvangstbevestigingVerzonden);
    }

    public void ontvangstBevestigd(LocalDate op) {
        this.ontvangstbevestigingVerzonden = op;
    }

    public Gesprek getGesprek() {
        return gesprek == null ? Gesprek.GEEN : gesprek;
    }

    /** The invitation (004 art 4.2) names the day, the time and the place. */
    public void afspraakGepland(LocalDate op, String tijd, String locatie) {
        this.gesprek = getGesprek().afspraak(op, tijd, locatie);
    }

    public void gesprekGevoerd(LocalDate op, boolean toestemmingGegevensverwerking, List<Gespreksonderwerp> besproken) {
        this.gesprek = getGesprek().gevoerd(op, toestemmingGegevensverwerking, besproken);
    }

    public void gesprekAfgezien(LocalDate op) {
        this.gesprek = getGesprek().afgezien(op);
    }

    public Verslag getVerslag() {
        return verslag == null ? Verslag.GEEN : verslag;
    }

    public Map<Gespreksonderwerp, String> getVerslagUitkomsten() {
        return Collections.unmodifiableMap(verslagUitkomsten);
    }

    /** The topics the gesprek covered that the verslag gives no outcome for (004 art 6.1 asks one for each). */
    public List<Gespreksonderwerp> zonderUitkomst(Map<Gespreksonderwerp, String> uitkomsten) {
        return getGesprek().besproken().stream().filter(onderwerp -> !uitkomsten.containsKey(onderwerp)).toList();
    }

    public void verslagOpgesteld(Map<Gespreksonderwerp, String> uitkomsten, String opmerkingenFamilie) {
        verslagUitkomsten.clear();
        verslagUitkomsten.putAll(uitkomsten);
        this.verslag = getVerslag().opgesteld(opmerkingenFamilie);
    }

    public void verslagOndertekend(Verslagoordeel oordeel, String opmerkingen) {
        this.verslag = getVerslag().ondertekend(oordeel, opmerkingen);
    }

    public Aanvraag getAanvraag() {
        return aanvraag == null ? Aanvraag.GEEN : aanvraag;
    }

    public void aanvraagOntvangen(LocalDate op) {
        this.aanvraag = getAanvraag().ontvangen(op);
    }

    public void aanvraagBeoordeeld(boolean individueleVoorziening, Voorzieningsvorm vorm) {
        this.aanvraag = getAanvraag().beoordeeld(individueleVoorziening, vorm);
    }

    public Beschikking getBeschikking() {
        return beschikking == null ? Beschikking.GEEN : beschikking;
    }

    public Optional<Ingebrekestelling> getIngebrekestelling() {
        return Optional.ofNullable(ingebrekestelling);
    }

    public void ingebrekegesteld(Ingebrekestelling ingebrekestelling) {
        this.ingebrekestelling = ingebrekestelling;
    }

    public void verdaagd(String reden) {
        this.beschikking = getBeschikking().verdaagd(reden);
    }

    /** What a toekenning grants, for the beschikking (004 art 9.2): the voorziening, its aim, context and period. */
    public void toegekend(String voorziening, String beoogdResultaat, String samenhangendeVoorzieningen, Looptijd looptijd) {
        this.beschikking = getBeschikking().toegekend(voorziening, beoogdResultaat, samenhangendeVoorzieningen, looptijd);
    }

    public void pgbBerekend(BigDecimal bedrag, String berekening) {
        this.beschikking = getBeschikking().pgb(bedrag, berekening);
    }

    public void beschikkingVerzonden(LocalDate op) {
        this.beschikking = getBeschikking().verzonden(op);
    }

    /** The day no process of this zaak was running any more; empty while one still runs. */
    public Optional<LocalDate> getAfgesloten() {
        return Optional.ofNullable(afgesloten);
    }

    public Optional<Zaaktermijn> termijn(Termijnsoort soort) {
        return termijnen.stream().filter(t -> t.getSoort() == soort).findFirst();
    }

    public void voegToe(Zaaktermijn termijn) {
        termijnen.add(termijn);
    }

    public List<Zaaktermijn> getTermijnen() {
        return List.copyOf(termijnen);
    }

    public void leg(Beslissing beslissing) {
        beslissingen.add(beslissing);
    }

    public List<Beslissing> getBeslissingen() {
        return List.copyOf(beslissingen);
    }
}
