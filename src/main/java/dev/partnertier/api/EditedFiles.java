package dev.partnertier.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

import dev.partnertier.contract.FieldError;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.Utf8Text;

/** A request that carries edited rule files: {@code POST /rules/validate}, {@code /rules/simulate}, {@code /rules/try}. */
interface EditedFiles {

    /** Characters compiled in one request: the shipped rules hold about 15,000; a compile's time and memory grow with it. */
    int MAX_TOTAL_LENGTH = 1_000_000;

    List<DrlFileInput> files();

    /** The characters of all files together. */
    default long totalLength() {
        return files().stream().mapToLong(f -> f.content() == null ? 0 : f.content().length()).sum();
    }

    /** The files as the compiler takes them, as if read from the folder (a leading byte order mark dropped). */
    default List<RuleFile> ruleFiles() {
        return files().stream().map(f -> new RuleFile(f.path(), Utf8Text.withoutByteOrderMark(f.content()))).toList();
    }

    /**
     * Checks the request's constraints, then the files' total size.
     *
     * @throws InvalidRequestException naming every field at fault
     */
    static void requireValid(Validator validator, EditedFiles request) {
        List<FieldError> errors = new ArrayList<>(BeanValidation.fieldErrors(validator.validate(request)));
        if (errors.isEmpty() && request.totalLength() > MAX_TOTAL_LENGTH) {
            errors.add(FieldError.of("files", "body.files-too-long", request.totalLength(), MAX_TOTAL_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
