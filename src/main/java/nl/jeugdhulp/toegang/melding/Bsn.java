package nl.jeugdhulp.toegang.melding;

/** The burgerservicenummer check: nine digits that pass the elfproef (weights 9..2 and -1, sum divisible by 11). */
final class Bsn {

    private Bsn() {
    }

    static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}") || bsn.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }
}
