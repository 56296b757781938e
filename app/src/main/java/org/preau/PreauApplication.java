package org.preau;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Préau: the school platform. Each sub-package is one school concern (a Spring Modulith module). */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
public class PreauApplication {

    public static void main(String[] args) {
        SpringApplication.run(PreauApplication.class, args);
    }
}
