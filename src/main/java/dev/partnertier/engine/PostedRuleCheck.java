package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What compiling posted DRL would run. Drools runs nothing of a rule file while compiling it, with one exception
 * found by this project's tests: the default value of a field of a declared type ({@code declare X  f : String =
 * expr end}) is worked out by MVEL at compile time, to be written into the generated class. Posted files are
 * parsed first (parsing runs nothing) and refused when such a default is anything but a plain value.
 */
public final class PostedRuleCheck {

    /** A number, a quoted text, {@code true}, {@code false} or {@code null}: nothing to run. */
    private static final Pattern PLAIN_VALUE = Pattern.compile(
            "-?\\d+(\\.\\d+)?[LlFfDdBbIi]?|\"([^\"\\\\]|\\\\.)*\"|'([^'\\\\]|\\\\.)*'|true|false|null");

    private PostedRuleCheck() {
    }

    /** The reasons not to compile these posted files, each at its file and line; empty when they may be compiled. */
    public static List<RuleProblem> refusals(List<RuleFile> posted) {
        List<RuleProblem> refusals = new ArrayList<>();
        for (RuleFile file : posted) {
            PackageDescr pkg;
            try {
                pkg = new DrlParser().parse(false, file.content());
            } catch (DroolsParserException e) {
                continue; // the compile reports syntax errors with their lines
            }
            if (pkg == null) {
                continue;
            }
            for (AbstractClassTypeDeclarationDescr type : pkg.getClassAndEnumDeclarationDescrs()) {
                for (TypeFieldDescr field : type.getFields().values()) {
                    String value = field.getInitExpr();
                    if (value != null && !PLAIN_VALUE.matcher(value.strip()).matches()) {
                        refusals.add(new RuleProblem("ERROR", file.path(), Math.max(field.getLine(), type.getLine()), 0,
                                "The default value of field '" + field.getFieldName() + "' of declared type '" + type.getTypeName()
                                        + "' must be a plain value (a number, a quoted text, true, false or null). Any other "
                                        + "expression is worked out while the rules compile, and compiling posted rules must "
                                        + "never run them."));
                    }
                }
            }
        }
        return refusals;
    }
}
