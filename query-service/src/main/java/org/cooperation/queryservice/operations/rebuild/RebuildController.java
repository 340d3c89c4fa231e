package org.cooperation.queryservice.operations.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import org.cooperation.queryservice.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For operators: rebuild every read model from the start of the events topic. */
@RestController
@RequestMapping(RebuildController.PATH)
public class RebuildController {

    static final String PATH = "/api/admin/rebuild";

    private final Rebuild rebuild;

    public RebuildController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Start a rebuild into fresh tables that then replace the live ones; 409 while one runs")
    @PostMapping
    public ResponseEntity<RebuildStatus> start() {
        try {
            return ResponseEntity.accepted().location(URI.create(PATH)).body(rebuild.start());
        } catch (RebuildRunningException e) {
            throw new ProblemException(HttpStatus.CONFLICT, "rebuild-running", "A rebuild is running", e.getMessage());
        }
    }

    @Operation(summary = "Where the latest rebuild stands")
    @GetMapping
    public RebuildStatus status() {
        return rebuild.status();
    }
}
