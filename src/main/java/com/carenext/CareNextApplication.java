package com.carenext;

import com.carenext.backup.BackupCommand;
import com.carenext.generate.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CareNextApplication {

    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        if (GenerateCommand.handles(args)) {
            System.exit(GenerateCommand.run(new SpringApplicationBuilder(CareNextApplication.class), args));
        }
        SpringApplication.run(CareNextApplication.class, args);
    }
}
