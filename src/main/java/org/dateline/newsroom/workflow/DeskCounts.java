package org.dateline.newsroom.workflow;

import java.util.Map;

/**
 * The desk's tab counts for one user: stories per stage, every public story under Published (for
 * editors; a reporter's own published stories for reporters) and everything under All.
 */
public record DeskCounts(Map<Stage, Integer> byStage, int published, int all) {}
