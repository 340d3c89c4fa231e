package org.cooperation.queryservice.operations.health;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.cooperation.queryservice.projection.consuming.HeldEventRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators: events held because an earlier event of their agreement has not been applied.
 * Usually that earlier event is a dead letter; retrying it releases the held ones.
 */
@RestController
@RequestMapping("/api/admin/held-events")
public class HeldEventController {

    static final int LIMIT = 1000;

    private final HeldEventRepository held;

    public HeldEventController(HeldEventRepository held) {
        this.held = held;
    }

    @Operation(summary = "Events waiting for their predecessor, by agreement and sequence (at most " + LIMIT + ")")
    @GetMapping
    public List<HeldEventRepository.HeldEvent> list() {
        return held.all(LIMIT);
    }
}
