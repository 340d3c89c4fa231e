package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.date;

import org.cooperation.agreement.api.command.AgreementCommand;
import org.cooperation.agreement.api.command.RetractFact;
import org.cooperation.agreement.api.event.FactRetracted;

/** Retractions of the 2016 Joint Statement's facts, each with the secretariat's reason. */
final class Retractions {

    static final String WHY = "Entered in error: the letter is dated 2021-02-01 (registry file 2021/17)";

    private Retractions() {}

    static RetractFact retract(long sequence) {
        return retract(sequence, null);
    }

    static RetractFact retract(long sequence, AgreementCommand replacement) {
        return new RetractFact(ID, sequence, WHY, replacement);
    }

    static FactRetracted retracted(long sequence, String type, String on) {
        return new FactRetracted(ID, sequence, type, date(on), WHY);
    }
}
