package com.carenext;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CareNextApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareNextApplication.class, args);
    }
}
