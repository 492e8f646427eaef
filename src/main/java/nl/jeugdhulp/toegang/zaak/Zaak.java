package nl.jeugdhulp.toegang.zaak;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

/**
 * The case dossier of one melding. Personal data (jeugdige, melder, hulpvraag) lives here and only here:
 * the process instance carries the zaaknummer as business key and dates and flags as variables.
 */
@Entity
public class Zaak {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zaak_seq")
    @SequenceGenerator(name = "zaak_seq", sequenceName = "zaak_seq", allocationSize = 1)
    private Long id;

    /** Derived from the generated id, so it is written by an update right after the insert. */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MelderRol melderRol;

    @Column(nullable = false)
    private String melderNaam;

    @Column(nullable = false)
    private String jeugdigeBsn;

    @Column(nullable = false)
    private String jeugdigeVoornamen;

    @Column(nullable = false)
    private String jeugdigeAchternaam;

    @Column(nullable = false)
    private LocalDate jeugdigeGeboortedatum;

    private String voortzettingReden;

    @Column(nullable = false, length = 10000)
    private String hulpvraag;

    private boolean spoed;
    /** Where the parent with custody lives, when the melding names another gemeente (002 §2.1). */
    private String gezagGemeente;

    @Enumerated(EnumType.STRING)
    private VerwijzerType verwijzerType;
    private String verwijzerAgbCode;
    private String verwijzerNaam;
    private String aanbiederAgbCode;
    private String aanbiederNaam;

    @Enumerated(EnumType.STRING)
    private Maatregel maatregel;
    private String gecertificeerdeInstelling;

    @Enumerated(EnumType.STRING)
    private Route route;
    private String doorgezondenAan;
    private LocalDate doorgezondenOp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Fase fase = Fase.MELDING;

    private LocalDate ontvangstbevestigingVerzonden;
    private LocalDate gesprekGepland;
    /** "HH:mm", as the invitation prints it. */
    private String gesprekTijd;
    private String gesprekLocatie;
    private LocalDate gesprekDatum;
    /** The day the gesprek was waived in agreement with the family (004 art 5.4); later terms count from it. */
    private LocalDate gesprekAfgezienOp;
    private Boolean toestemmingGegevensverwerking;
    /** Names of the topics of 004 art 5.1 that the gesprek covered, comma-separated. */
    private String gesprekOnderwerpen;

    @Enumerated(EnumType.STRING)
    private Verslagoordeel verslagOordeel;

    @Column(length = 10000)
    private String verslagOpmerkingen;

    /** The outcome of the onderzoek per topic that the gesprek covered, as the verslag states it (004 art 6.1). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "verslag_uitkomst", joinColumns = @JoinColumn(name = "zaak_id"))
    @MapKeyColumn(name = "onderwerp")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "uitkomst", length = 4000)
    @Fetch(FetchMode.SELECT)
    private Map<Gespreksonderwerp, String> verslagUitkomsten = new EnumMap<>(Gespreksonderwerp.class);
    /** What the jeugdige or parents themselves said about the onderzoek when the verslag was written (004 art 6.3). */
    private String verslagOpmerkingenFamilie;

    private LocalDate aanvraagDatum;
    private Boolean individueleVoorziening;

    @Enumerated(EnumType.STRING)
    private Voorzieningsvorm voorzieningsvorm;

    private String verdagingReden;
    private String voorziening;
    private String beoogdResultaat;
    private String samenhangendeVoorzieningen;
    private LocalDate ingangsdatum;
    private LocalDate einddatum;
    private BigDecimal pgbBedrag;
    private String pgbBerekening;

    private LocalDate beschikkingVerzonden;
    private LocalDate afgesloten;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "zaak_id", nullable = false)
    @OrderBy("id")
    private List<Termijn> termijnen = new ArrayList<>();

    /** Loaded by its own select: Hibernate cannot join two eager lists in one query. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "zaak_id", nullable = false)
    @OrderBy("id")
    private List<Beslissing> beslissingen = new ArrayList<>();

    protected Zaak() {
    }

    public Zaak(String gemeente, LocalDate ontvangen, Kanaal kanaal, MelderRol melderRol, String melderNaam,
                String jeugdigeBsn, String jeugdigeVoornamen, String jeugdigeAchternaam,
                LocalDate jeugdigeGeboortedatum, String voortzettingReden, String hulpvraag) {
        this.gemeente = gemeente;
        this.ontvangen = ontvangen;
        this.kanaal = kanaal;
        this.melderRol = melderRol;
        this.melderNaam = melderNaam;
        this.jeugdigeBsn = jeugdigeBsn;
        this.jeugdigeVoornamen = jeugdigeVoornamen;
        this.jeugdigeAchternaam = jeugdigeAchternaam;
        this.jeugdigeGeboortedatum = jeugdigeGeboortedatum;
        this.voortzettingReden = voortzettingReden;
        this.hulpvraag = hulpvraag;
    }

    public Optional<Termijn> termijn(Termijnsoort soort) {
        return termijnen.stream().filter(t -> t.getSoort() == soort).findFirst();
    }

    public void voegToe(Termijn termijn) {
        termijnen.add(termijn);
    }

    public void leg(Beslissing beslissing) {
        beslissingen.add(beslissing);
    }

    public List<Beslissing> getBeslissingen() {
        return List.copyOf(beslissingen);
    }

    public void spoed(boolean spoed) {
        this.spoed = spoed;
    }

    public void gezagIn(String gemeente) {
        this.gezagGemeente = gemeente;
    }

    public void verwezenDoor(VerwijzerType type, String agbCode, String naam, String aanbiederAgbCode,
                             String aanbiederNaam) {
        this.verwijzerType = type;
        this.verwijzerAgbCode = agbCode;
        this.verwijzerNaam = naam;
        this.aanbiederAgbCode = aanbiederAgbCode;
        this.aanbiederNaam = aanbiederNaam;
    }

    public void gedwongenKader(Maatregel maatregel, String instelling) {
        this.maatregel = maatregel;
        this.gecertificeerdeInstelling = instelling;
    }

    public void doorgezonden(String aan, LocalDate op) {
        this.doorgezondenAan = aan;
        this.doorgezondenOp = op;
    }

    public boolean isSpoed() {
        return spoed;
    }

    public String getGezagGemeente() {
        return gezagGemeente;
    }

    public VerwijzerType getVerwijzerType() {
        return verwijzerType;
    }

    public String getVerwijzerAgbCode() {
        return verwijzerAgbCode;
    }

    public String getVerwijzerNaam() {
        return verwijzerNaam;
    }

    public String getAanbiederAgbCode() {
        return aanbiederAgbCode;
    }

    public String getAanbiederNaam() {
        return aanbiederNaam;
    }

    public Maatregel getMaatregel() {
        return maatregel;
    }

    public String getGecertificeerdeInstelling() {
        return gecertificeerdeInstelling;
    }

    public Route getRoute() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public String getDoorgezondenAan() {
        return doorgezondenAan;
    }

    public LocalDate getDoorgezondenOp() {
        return doorgezondenOp;
    }

    void kenZaaknummerToe(String zaaknummer) {
        this.zaaknummer = zaaknummer;
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

    void setProcesInstantieId(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    /** The day no process of this zaak was running any more; empty while one still runs. */
    public Optional<LocalDate> getAfgesloten() {
        return Optional.ofNullable(afgesloten);
    }

    public void afsluiten(LocalDate dag) {
        this.afgesloten = dag;
    }

    public void heropenen() {
        this.afgesloten = null;
    }

    public String getGemeente() {
        return gemeente;
    }

    public LocalDate getOntvangen() {
        return ontvangen;
    }

    public Kanaal getKanaal() {
        return kanaal;
    }

    public MelderRol getMelderRol() {
        return melderRol;
    }

    public String getMelderNaam() {
        return melderNaam;
    }

    public String getJeugdigeBsn() {
        return jeugdigeBsn;
    }

    public String getJeugdigeVoornamen() {
        return jeugdigeVoornamen;
    }

    public String getJeugdigeAchternaam() {
        return jeugdigeAchternaam;
    }

    public LocalDate getJeugdigeGeboortedatum() {
        return jeugdigeGeboortedatum;
    }

    public String getVoortzettingReden() {
        return voortzettingReden;
    }

    public String getHulpvraag() {
        return hulpvraag;
    }

    public Fase getFase() {
        return fase;
    }

    public void setFase(Fase fase) {
        this.fase = fase;
    }

    public LocalDate getOntvangstbevestigingVerzonden() {
        return ontvangstbevestigingVerzonden;
    }

    public void setOntvangstbevestigingVerzonden(LocalDate ontvangstbevestigingVerzonden) {
        this.ontvangstbevestigingVerzonden = ontvangstbevestigingVerzonden;
    }

    public LocalDate getGesprekDatum() {
        return gesprekDatum;
    }

    public LocalDate getGesprekAfgezienOp() {
        return gesprekAfgezienOp;
    }

    public void gesprekAfgezien(LocalDate op) {
        this.gesprekAfgezienOp = op;
    }

    /** The moment the onderzoek's gesprek took place, or was waived. */
    public LocalDate getGesprekOfAfzien() {
        return gesprekDatum != null ? gesprekDatum : gesprekAfgezienOp;
    }

    public Boolean getToestemmingGegevensverwerking() {
        return toestemmingGegevensverwerking;
    }

    public String getGesprekOnderwerpen() {
        return gesprekOnderwerpen;
    }

    public void gesprekGevoerd(LocalDate gesprekDatum, boolean toestemmingGegevensverwerking, String onderwerpen) {
        this.gesprekDatum = gesprekDatum;
        this.toestemmingGegevensverwerking = toestemmingGegevensverwerking;
        this.gesprekOnderwerpen = onderwerpen;
    }

    public Verslagoordeel getVerslagOordeel() {
        return verslagOordeel;
    }

    public String getVerslagOpmerkingen() {
        return verslagOpmerkingen;
    }

    public void verslagOndertekend(Verslagoordeel oordeel, String opmerkingen) {
        this.verslagOordeel = oordeel;
        this.verslagOpmerkingen = opmerkingen;
    }

    public LocalDate getAanvraagDatum() {
        return aanvraagDatum;
    }

    public void setAanvraagDatum(LocalDate aanvraagDatum) {
        this.aanvraagDatum = aanvraagDatum;
    }

    public Boolean getIndividueleVoorziening() {
        return individueleVoorziening;
    }

    public Voorzieningsvorm getVoorzieningsvorm() {
        return voorzieningsvorm;
    }

    public void aanvraagBeoordeeld(boolean individueleVoorziening, Voorzieningsvorm vorm) {
        this.individueleVoorziening = individueleVoorziening;
        this.voorzieningsvorm = vorm;
    }

    public LocalDate getBeschikkingVerzonden() {
        return beschikkingVerzonden;
    }

    public void setBeschikkingVerzonden(LocalDate beschikkingVerzonden) {
        this.beschikkingVerzonden = beschikkingVerzonden;
    }

    public void afspraakGepland(LocalDate datum, String tijd, String locatie) {
        this.gesprekGepland = datum;
        this.gesprekTijd = tijd;
        this.gesprekLocatie = locatie;
    }

    public Optional<LocalDate> getGesprekGepland() {
        return Optional.ofNullable(gesprekGepland);
    }

    public String getGesprekTijd() {
        return gesprekTijd;
    }

    public String getGesprekLocatie() {
        return gesprekLocatie;
    }

    public void verslagOpgesteld(Map<Gespreksonderwerp, String> uitkomsten, String opmerkingenFamilie) {
        verslagUitkomsten.clear();
        verslagUitkomsten.putAll(uitkomsten);
        this.verslagOpmerkingenFamilie = opmerkingenFamilie;
    }

    public Map<Gespreksonderwerp, String> getVerslagUitkomsten() {
        return Collections.unmodifiableMap(verslagUitkomsten);
    }

    public Optional<String> getVerslagOpmerkingenFamilie() {
        return Optional.ofNullable(verslagOpmerkingenFamilie);
    }

    public void verdaagd(String reden) {
        this.verdagingReden = reden;
    }

    public String getVerdagingReden() {
        return verdagingReden;
    }

    /** What a toekenning grants, for the beschikking (004 art 9.2): the voorziening, its aim, period and context. */
    public void toegekend(String voorziening, String beoogdResultaat, String samenhangendeVoorzieningen,
                          LocalDate ingangsdatum, LocalDate einddatum) {
        this.voorziening = voorziening;
        this.beoogdResultaat = beoogdResultaat;
        this.samenhangendeVoorzieningen = samenhangendeVoorzieningen;
        this.ingangsdatum = ingangsdatum;
        this.einddatum = einddatum;
    }

    public void pgbBerekend(BigDecimal bedrag, String berekening) {
        this.pgbBedrag = bedrag;
        this.pgbBerekening = berekening;
    }

    public String getVoorziening() {
        return voorziening;
    }

    public String getBeoogdResultaat() {
        return beoogdResultaat;
    }

    public Optional<String> getSamenhangendeVoorzieningen() {
        return Optional.ofNullable(samenhangendeVoorzieningen);
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    /** Of a toekenning: from the ingangsdatum up to and including the einddatum. */
    public Optional<Looptijd> getLooptijd() {
        return ingangsdatum == null || einddatum == null ? Optional.empty() : Optional.of(new Looptijd(ingangsdatum, einddatum));
    }

    public BigDecimal getPgbBedrag() {
        return pgbBedrag;
    }

    public String getPgbBerekening() {
        return pgbBerekening;
    }

    public List<Termijn> getTermijnen() {
        return List.copyOf(termijnen);
    }
}
