package org.cooperation.commandservice.agreement.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.command.AgreementCommand;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.ContactNominated;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.cooperation.agreement.api.event.ParticipantAdmitted;
import org.cooperation.agreement.api.event.PartyAcceded;
import org.cooperation.agreement.api.event.PartyRenamed;
import org.cooperation.agreement.api.event.ProgrammeClosed;
import org.cooperation.agreement.api.event.ProgrammeLaunched;
import org.cooperation.agreement.api.event.ProgrammeYearRecorded;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.cooperation.agreement.api.event.TermExtended;
import org.cooperation.agreement.api.event.TerminationNoticeGiven;
import org.cooperation.agreement.api.event.TerminationNoticeWithdrawn;
import org.cooperation.agreement.api.event.WithdrawalNoticeGiven;
import org.cooperation.commandservice.agreement.RecordedFactTypes;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * Reads a correction's replacement as the body of the command that records a fact of the retracted
 * kind, exactly as that command's own body is read (strict JSON, the same validation), with every
 * field named below {@code replacement} in a refusal ({@code replacement.consents[0].letterDate}). A
 * sequence with no fact a person enters leaves the replacement unread: the agreement refuses the
 * correction itself, naming the rule.
 */
@Component
class Replacements {

    /** The body that records each kind of fact a person enters. */
    private static final Map<Class<?>, Class<? extends AgreementCommandRequest>> BODIES = Map.ofEntries(
            Map.entry(TermExtended.class, ExtendTermRequest.class),
            Map.entry(TerminationNoticeGiven.class, TerminateWithNoticeRequest.class),
            // A withdrawal notice is a notice given among three or more parties: the same body.
            Map.entry(WithdrawalNoticeGiven.class, TerminateWithNoticeRequest.class),
            Map.entry(TerminationNoticeWithdrawn.class, WithdrawTerminationNoticeRequest.class),
            Map.entry(AnnualMeetingRecorded.class, RecordAnnualMeetingRequest.class),
            Map.entry(ContactNominated.class, NominateContactRequest.class),
            Map.entry(ParticipantAdmitted.class, AdmitParticipantRequest.class),
            Map.entry(FieldOfCooperationAdded.class, AddFieldOfCooperationRequest.class),
            Map.entry(MilestoneRecorded.class, RecordMilestoneRequest.class),
            Map.entry(RelatedAgreementLinked.class, LinkRelatedAgreementRequest.class),
            Map.entry(PartyAcceded.class, RecordAccessionRequest.class),
            Map.entry(PartyRenamed.class, RenamePartyRequest.class),
            Map.entry(ProgrammeLaunched.class, LaunchProgrammeRequest.class));

    /** Facts retracted alone: their bodies take the programme from the path; record the corrected one after. */
    private static final Set<Class<?>> WITHOUT_REPLACEMENT = Set.of(ProgrammeYearRecorded.class, ProgrammeClosed.class);

    /** The replacement under its own name, so that Jackson's and the validator's paths start with it. */
    record Wrapped<T extends AgreementCommandRequest>(@Valid T replacement) {}

    private static final MethodParameter BODY = bodyOfCorrect();

    private final RecordedFactTypes types;
    private final ObjectMapper strict;
    private final Validator validator;

    Replacements(RecordedFactTypes types, ObjectMapper serviceMapper, Validator validator) {
        this.types = types;
        this.strict = CommandJson.strict(serviceMapper.copy());
        this.validator = validator;
    }

    /** The replacement as a command, or null when there is none or the sequence holds no fact a person enters. */
    AgreementCommand read(AgreementId agreementId, long sequence, JsonNode replacement, HttpServletRequest http)
            throws MethodArgumentNotValidException {
        if (replacement == null || replacement.isNull()) {
            return null;
        }
        Class<?> fact = types.typeOf(agreementId, sequence).orElse(null);
        if (fact == null) {
            // No fact at that sequence: the agreement refuses the correction, naming the rule.
            return null;
        }
        if (WITHOUT_REPLACEMENT.contains(fact)) {
            throw new InvalidValueException(
                    "replacement",
                    "not-replaceable",
                    "a programme's figures or closing are retracted alone; record the corrected ones with"
                            + " POST .../programmes/{programmeId}/years or /closing after the correction");
        }
        Class<? extends AgreementCommandRequest> shape = BODIES.get(fact);
        if (shape == null) {
            return null;
        }
        ObjectNode wrapper = strict.createObjectNode().set("replacement", replacement);
        JavaType type = strict.getTypeFactory().constructParametricType(Wrapped.class, shape);
        Wrapped<?> wrapped;
        try {
            wrapped = strict.readerFor(type).readValue(strict.treeAsTokens(wrapper));
        } catch (JsonProcessingException unreadable) {
            throw new HttpMessageNotReadableException(
                    "replacement: " + unreadable.getOriginalMessage(), unreadable, new ServletServerHttpRequest(http));
        } catch (IOException unreadable) {
            throw new IllegalStateException("a JSON tree in memory could not be read", unreadable);
        }
        // Fields read directly: the bodies are records, without getters.
        DirectFieldBindingResult errors = new DirectFieldBindingResult(wrapped, "correction");
        validator.validate(wrapped, errors);
        if (wrapped.replacement() != null && wrapped.replacement().reason() != null) {
            // A replacement says nothing of why: the correction's reason covers it.
            errors.rejectValue("replacement.reason", "Null", "must be left out: the correction's reason covers it");
        }
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(BODY, errors);
        }
        try {
            return wrapped.replacement().toCommand(agreementId);
        } catch (InvalidValueException invalid) {
            throw new InvalidValueException(
                    "replacement." + invalid.field(),
                    invalid.rule(),
                    invalid.getMessage().substring(invalid.field().length() + 2));
        }
    }

    private static MethodParameter bodyOfCorrect() {
        try {
            return new MethodParameter(
                    AgreementCommandController.class.getMethod(
                            "correct", String.class, CorrectionRequest.class, HttpServletRequest.class),
                    1);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the corrections endpoint has moved", e);
        }
    }
}
