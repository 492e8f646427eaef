package nl.jeugdhulp.toegang.web;

import java.io.IOException;

class RequestTooLargeException extends IOException {

    RequestTooLargeException() {
        super("Verzoek groter dan " + RequestSizeFilter.MAX_BYTES + " bytes");
    }
}
