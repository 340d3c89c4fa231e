package org.cooperation.queryservice.current;

import java.time.Clock;
import java.time.LocalDate;
import org.cooperation.queryservice.web.AgreementNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agreements")
public class CurrentStateController {

    private final CurrentStateRepository repository;
    private final Clock clock;

    public CurrentStateController(CurrentStateRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @GetMapping("/{agreementId}")
    public ResponseEntity<AgreementView> current(@PathVariable String agreementId) {
        AgreementState state = repository.find(agreementId)
                .orElseThrow(() -> new AgreementNotFoundException(agreementId));
        return ResponseEntity.ok()
                .eTag(String.valueOf(state.version()))
                .body(AgreementView.of(state, LocalDate.now(clock)));
    }
}
