package org.cooperation.commandservice.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.function.Function;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.command.AgreementCommand;
import org.cooperation.agreement.api.command.RetractFact;
import org.cooperation.agreement.api.command.SignAgreement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The HTTP command API of DESIGN.md. */
@RestController
@RequestMapping("/api/agreements")
public class AgreementCommandController {

    private final CommandSender commands;
    private final Replacements replacements;
    private final String queryBaseUrl;

    AgreementCommandController(
            CommandSender commands,
            Replacements replacements,
            @Value("${agreements.query-base-url}") String queryBaseUrl) {
        this.commands = commands;
        this.replacements = replacements;
        this.queryBaseUrl = queryBaseUrl;
    }

    @PostMapping
    public ResponseEntity<CommandResult> sign(
            @Valid @RequestBody SignAgreementRequest request, HttpServletRequest http) {
        SignAgreement command = request.toCommand();
        long version = commands.send(command, request.reason(), http);
        return ResponseEntity.created(URI.create(queryBaseUrl + "/api/agreements/"
                        + command.agreementId().value()))
                .eTag(String.valueOf(version))
                .body(new CommandResult(command.agreementId(), version));
    }

    @PostMapping("/{agreementId}/extensions")
    public ResponseEntity<CommandResult> extend(
            @PathVariable String agreementId, @Valid @RequestBody ExtendTermRequest request, HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/termination-notices")
    public ResponseEntity<CommandResult> terminate(
            @PathVariable String agreementId,
            @Valid @RequestBody TerminateWithNoticeRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/termination-notices/withdrawal")
    public ResponseEntity<CommandResult> withdrawNotice(
            @PathVariable String agreementId,
            @Valid @RequestBody WithdrawTerminationNoticeRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/annual-meetings")
    public ResponseEntity<CommandResult> recordMeeting(
            @PathVariable String agreementId,
            @Valid @RequestBody RecordAnnualMeetingRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/contacts")
    public ResponseEntity<CommandResult> nominateContact(
            @PathVariable String agreementId,
            @Valid @RequestBody NominateContactRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/participants")
    public ResponseEntity<CommandResult> admitParticipant(
            @PathVariable String agreementId,
            @Valid @RequestBody AdmitParticipantRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/fields")
    public ResponseEntity<CommandResult> addField(
            @PathVariable String agreementId,
            @Valid @RequestBody AddFieldOfCooperationRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/milestones")
    public ResponseEntity<CommandResult> recordMilestone(
            @PathVariable String agreementId,
            @Valid @RequestBody RecordMilestoneRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/links")
    public ResponseEntity<CommandResult> link(
            @PathVariable String agreementId,
            @Valid @RequestBody LinkRelatedAgreementRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/accessions")
    public ResponseEntity<CommandResult> recordAccession(
            @PathVariable String agreementId,
            @Valid @RequestBody RecordAccessionRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/party-names")
    public ResponseEntity<CommandResult> renameParty(
            @PathVariable String agreementId, @Valid @RequestBody RenamePartyRequest request, HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    /**
     * Retracts the fact recorded at {@code sequence} (rule 17), optionally entering the corrected fact in
     * its place; the replacement is read as the body of the command that records a fact of that kind.
     */
    @PostMapping("/{agreementId}/corrections")
    public ResponseEntity<CommandResult> correct(
            @PathVariable String agreementId, @Valid @RequestBody CorrectionRequest request, HttpServletRequest http)
            throws MethodArgumentNotValidException {
        AgreementId id = AgreementId.of(agreementId);
        AgreementCommand replacement = replacements.read(id, request.sequence(), request.replacement(), http);
        long version = commands.send(
                new RetractFact(id, request.sequence(), request.reason(), replacement), request.reason(), http);
        return ResponseEntity.ok().eTag(String.valueOf(version)).body(new CommandResult(id, version));
    }

    /** Voids an agreement entered in error as a whole (rule 17). */
    @PostMapping("/{agreementId}/void")
    public ResponseEntity<CommandResult> voidAgreement(
            @PathVariable String agreementId,
            @Valid @RequestBody VoidAgreementRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/programmes")
    public ResponseEntity<CommandResult> launchProgramme(
            @PathVariable String agreementId,
            @Valid @RequestBody LaunchProgrammeRequest request,
            HttpServletRequest http) {
        return send(agreementId, request, http);
    }

    @PostMapping("/{agreementId}/programmes/{programmeId}/years")
    public ResponseEntity<CommandResult> recordProgrammeYear(
            @PathVariable String agreementId,
            @PathVariable String programmeId,
            @Valid @RequestBody RecordProgrammeYearRequest request,
            HttpServletRequest http) {
        ProgrammeId programme = ProgrammeId.of(programmeId);
        return send(agreementId, id -> request.toCommand(id, programme), request.reason(), http);
    }

    @PostMapping("/{agreementId}/programmes/{programmeId}/closing")
    public ResponseEntity<CommandResult> closeProgramme(
            @PathVariable String agreementId,
            @PathVariable String programmeId,
            @Valid @RequestBody CloseProgrammeRequest request,
            HttpServletRequest http) {
        ProgrammeId programme = ProgrammeId.of(programmeId);
        return send(agreementId, id -> request.toCommand(id, programme), request.reason(), http);
    }

    private ResponseEntity<CommandResult> send(
            String agreementId, AgreementCommandRequest request, HttpServletRequest http) {
        return send(agreementId, request::toCommand, request.reason(), http);
    }

    /** A command whose body alone does not make it, such as a programme's figures named by the path. */
    private ResponseEntity<CommandResult> send(
            String agreementId,
            Function<AgreementId, AgreementCommand> command,
            String reason,
            HttpServletRequest http) {
        AgreementId id = AgreementId.of(agreementId);
        long version = commands.send(command.apply(id), reason, http);
        return ResponseEntity.ok().eTag(String.valueOf(version)).body(new CommandResult(id, version));
    }

    /** What every command answers: which agreement, and its version after the command. */
    public record CommandResult(AgreementId agreementId, long version) {}
}
