/**
 * The demo collège: on first start (when {@code preau.demo.enabled}), seeds a realistic, deterministic school
 * with the demo accounts of {@link org.preau.demo.DemoAccounts}.
 */
@NullMarked
package org.preau.demo;

import org.jspecify.annotations.NullMarked;
