package org.cooperation.commandservice.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.command.SignAgreement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The HTTP command API of DESIGN.md. */
@RestController
@RequestMapping("/api/agreements")
public class AgreementCommandController {

    private final CommandSender commands;
    private final String queryBaseUrl;

    public AgreementCommandController(CommandSender commands, @Value("${agreements.query-base-url}") String queryBaseUrl) {
        this.commands = commands;
        this.queryBaseUrl = queryBaseUrl;
    }

    @PostMapping
    public ResponseEntity<CommandResult> sign(@Valid @RequestBody SignAgreementRequest request, HttpServletRequest http) {
        SignAgreement command = request.toCommand();
        long version = commands.send(command, http);
        return ResponseEntity
                .created(URI.create(queryBaseUrl + "/api/agreements/" + command.agreementId().value()))
                .eTag(String.valueOf(version))
                .body(new CommandResult(command.agreementId(), version));
    }

    /** What every command answers: which agreement, and its version after the command. */
    public record CommandResult(AgreementId agreementId, long version) {
    }
}
