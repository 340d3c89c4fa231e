package org.cooperation.commandservice.publishing;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operator actions on the Kafka publisher. */
@RestController
@RequestMapping("/api/admin/publisher")
public class PublisherAdminController {

    private final PublisherReplay replay;

    public PublisherAdminController(PublisherReplay replay) {
        this.replay = replay;
    }

    /** Republishes every stored event, oldest first; answers 202 once the replay has started. */
    @PostMapping("/replay")
    public ResponseEntity<Void> replay() {
        replay.replayFromTheStart();
        return ResponseEntity.accepted().build();
    }
}
