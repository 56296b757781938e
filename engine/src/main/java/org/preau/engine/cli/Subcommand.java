package org.preau.engine.cli;

import java.io.PrintStream;
import java.util.List;

/** One CLI verb ({@code solve}, {@code check}...). Returns an {@link ExitCode}; never calls System.exit. */
public interface Subcommand {

    /** One line for the usage text, e.g. "solve INPUT [--time-limit=SECONDS] ...". */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
