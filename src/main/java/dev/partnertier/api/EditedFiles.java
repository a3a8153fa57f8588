package dev.partnertier.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.Validator;

import dev.partnertier.contract.FieldError;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.Utf8Text;

/**
 * A request that carries edited rule files: {@code POST /rules/validate}, {@code /rules/simulate}, {@code /rules/try},
 * {@code /rules/try-scenarios} (with scenario files too).
 */
interface EditedFiles {

    /** Characters compiled in one request: the shipped rules hold about 15,000; a compile's time and memory grow with it. */
    int MAX_TOTAL_LENGTH = 1_000_000;

    List<DrlFileInput> files();

    /** The characters of all files together. */
    default long totalLength() {
        return files().stream().mapToLong(f -> f.content() == null ? 0 : f.content().length()).sum();
    }

    /** The scenario files given with the rule files, if the request takes any. */
    default List<ScenarioFileInput> scenarioFiles() {
        return List.of();
    }

    /** Each file of a list (which may be missing, or hold nulls: Bean Validation names those) whose path an earlier one has. */
    private static <F> void duplicates(String list, List<F> files, Function<F, String> path, List<FieldError> errors) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; files != null && i < files.size(); i++) {
            String at = files.get(i) == null ? null : path.apply(files.get(i));
            Integer before = at == null ? null : first.putIfAbsent(at, i);
            if (before != null) {
                errors.add(FieldError.of(list + "[" + i + "].path", "field.duplicate", "path", at, list + "[" + before + "].path"));
            }
        }
    }

    /** The files as the compiler takes them, as if read from the folder (a leading byte order mark dropped). */
    default List<RuleFile> ruleFiles() {
        return files().stream().map(f -> new RuleFile(f.path(), Utf8Text.withoutByteOrderMark(f.content()))).toList();
    }

    /**
     * Checks the request's constraints and that no file is given twice, then the files' total size.
     *
     * @throws InvalidRequestException naming every field at fault
     */
    static void requireValid(Validator validator, EditedFiles request) {
        List<FieldError> errors = new ArrayList<>(BeanValidation.fieldErrors(validator.validate(request)));
        // a file given twice: which one would count is not the analyst's to guess
        duplicates("files", request.files(), DrlFileInput::path, errors);
        duplicates("scenarios", request.scenarioFiles(), ScenarioFileInput::path, errors);
        if (errors.isEmpty() && request.totalLength() > MAX_TOTAL_LENGTH) {
            errors.add(FieldError.of("files", "body.files-too-long", request.totalLength(), MAX_TOTAL_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
