package nl.jeugdhulp.toegang.web;

import java.io.IOException;

class BodyTeGrootException extends IOException {

    BodyTeGrootException() {
        super("Verzoek groter dan " + BodyLimietFilter.MAX_BYTES + " bytes");
    }
}
