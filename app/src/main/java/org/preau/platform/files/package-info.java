/** File storage (local folder, S3-compatible later): a named interface of the shared kernel, usable by every module. */
@NamedInterface("files")
@NullMarked
package org.preau.platform.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
