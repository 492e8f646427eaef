package nl.jeugdhulp.toegang.verwerking;

import java.time.Instant;

public record VerwerkingView(Instant tijdstip, String gebruiker, Handeling handeling, String omschrijving) {
}
