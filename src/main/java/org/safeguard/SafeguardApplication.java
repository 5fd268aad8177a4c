package org.safeguard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeguardApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafeguardApplication.class, args);
    }
}
