package org.cooperation.commandservice;

import org.cooperation.websecurity.BusinessClock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import(BusinessClock.class)
public class CommandServiceApplication {

    public static void main(String[] args) {
        // Axon's update checker calls home; these machines have no route out and an operator
        // who wants it can still set the property to false.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
