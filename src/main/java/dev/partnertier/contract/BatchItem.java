package dev.partnertier.contract;

/**
 * One partner of a batch, as read from the body: its position ({@code index}, from 0) and its request as JSON
 * bytes, or the reason it could not be read ({@code error}, with the HTTP status it answers with: 400 or 413).
 */
public record BatchItem(int index, byte[] json, FieldError error, int status) {

    static BatchItem read(int index, byte[] json) {
        return new BatchItem(index, json, null, 200);
    }

    static BatchItem refused(int index, int status, FieldError error) {
        return new BatchItem(index, null, error, status);
    }

    public boolean readable() {
        return error == null;
    }
}
