/** The shell of the web UI: sign-in page, the home page of each role, layout and language switch. */
@NullMarked
package org.preau.web;

import org.jspecify.annotations.NullMarked;
