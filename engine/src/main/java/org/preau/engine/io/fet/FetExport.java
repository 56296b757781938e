package org.preau.engine.io.fet;

import java.util.List;
import java.util.Map;

/**
 * A problem written as a FET file: the XML, the FET activity id of each lesson (FET ids are numbers; lessons
 * merged into one activity share it) and what FET could not express exactly, in plain words.
 */
public record FetExport(String xml, Map<String, String> activityOfLesson, List<String> notes) {
}
