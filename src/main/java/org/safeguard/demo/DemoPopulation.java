package org.safeguard.demo;

import org.springframework.stereotype.Component;

/** Loads the generated demo households on first start; filled in by the population generator work. */
@Component
class DemoPopulation {

    void loadIfEmpty() {
        // replaced when the generator and bulk import land
    }
}
