/** The append-only record of who read whose personal data, viewable by direction. */
@NullMarked
package org.preau.audit;

import org.jspecify.annotations.NullMarked;
