package nl.jeugdhulp.toegang.web;

import java.io.IOException;

class RequestTooLargeException extends IOException {

    RequestTooLargeException(long maxBytes) {
        super("Verzoek groter dan " + maxBytes + " bytes");
    }
}
