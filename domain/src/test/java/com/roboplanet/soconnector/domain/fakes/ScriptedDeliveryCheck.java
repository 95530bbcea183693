package com.roboplanet.soconnector.domain.fakes;

import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import java.util.ArrayList;
import java.util.List;

/** A delivery check that answers what the test says (cannot tell, unless told otherwise) and counts its calls. */
public final class ScriptedDeliveryCheck implements DeliveryCheck {
    private Finding answer = new Finding.CannotTell("the test's CRM cannot tell");
    private final List<JournalEntry> asked = new ArrayList<>();

    public ScriptedDeliveryCheck answering(Finding finding) {
        answer = finding;
        return this;
    }

    @Override
    public Finding check(JournalEntry interrupted) {
        asked.add(interrupted);
        return answer;
    }

    public List<JournalEntry> asked() {
        return List.copyOf(asked);
    }
}
