package nl.jeugdhulp.toegang.termijnbewaking;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as a CSV file the way a Dutch spreadsheet opens it: semicolons between the fields (the comma is the decimal
 * sign here), a byte order mark so the accents survive, and quotes only where a field needs them.
 */
final class Csv {

    static final MediaType TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    /** Each column: its heading and how a row fills it; an empty optional value is an empty field. */
    static <T> ResponseEntity<String> bestand(String naam, LocalDate peildatum, Map<String, Function<T, Object>> kolommen,
                                              List<T> rijen) {
        String inhoud = Stream.concat(Stream.of(regel(kolommen.keySet().stream().map(kop -> (Object) kop).toList())),
                        rijen.stream().map(rij -> regel(kolommen.values().stream().map(kolom -> kolom.apply(rij)).toList())))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return ResponseEntity.ok()
                .contentType(TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("termijnbewaking-" + naam + "-" + peildatum + ".csv").build().toString())
                .body(inhoud);
    }

    private static String regel(List<Object> velden) {
        return velden.stream().map(Csv::veld).collect(Collectors.joining(";"));
    }

    /** A text that a spreadsheet would take for a formula is kept as text (OWASP "CSV injection"). */
    private static String veld(Object waarde) {
        String tekst = waarde == null ? "" : waarde.toString();
        if (waarde instanceof String && !tekst.isEmpty() && "=+-@".indexOf(tekst.charAt(0)) >= 0) {
            tekst = "'" + tekst;
        }
        if (tekst.contains(";") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            return "\"" + tekst.replace("\"", "\"\"") + "\"";
        }
        return tekst;
    }
}
