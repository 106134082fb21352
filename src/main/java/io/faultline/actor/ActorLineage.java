package io.faultline.actor;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An actor's lineage laid out as a small graph: predecessors to the left, successors to
 * the right (renames, successions, mergers, splits, followed along the chain), coalitions
 * it joined above, its members and partners below. Geometry only; the template draws it
 * as SVG.
 *
 * @param width drawing width
 * @param height drawing height
 */
record ActorLineage(int width, int height, List<Node> nodes, List<Edge> edges) {

	static final int NODE_WIDTH = 150;

	static final int NODE_HEIGHT = 34;

	static final int COLUMN_GAP = 70;

	static final int ROW_GAP = 36;

	static final int MARGIN = 8;

	static final int MAX_STEPS = 3;

	/** Relations that make the related actor a continuation of the subject. */
	private static final Set<RelationKind> SUCCESSION = EnumSet.of(RelationKind.RENAMED_TO, RelationKind.SUCCEEDED_BY,
			RelationKind.MERGED_INTO);

	static ActorLineage of(long focalId, Map<Long, Actor> actors, List<Relation> relations) {
		Map<Long, int[]> cells = new LinkedHashMap<>();
		cells.put(focalId, new int[] { 0, 0 });
		follow(focalId, relations, cells, -1);
		follow(focalId, relations, cells, +1);
		int top = -1;
		int bottom = cells.values().stream().mapToInt((cell) -> cell[1]).max().orElse(0) + 1;
		List<Long> above = new ArrayList<>();
		List<Long> below = new ArrayList<>();
		for (Relation relation : relations) {
			if (relation.actorId() == focalId && !SUCCESSION.contains(relation.kind())
					&& relation.kind() != RelationKind.SPLIT_FROM) {
				above.add(relation.relatedId());
			}
			else if (relation.relatedId() == focalId && !SUCCESSION.contains(relation.kind())
					&& relation.kind() != RelationKind.SPLIT_FROM) {
				below.add(relation.actorId());
			}
		}
		spread(above, top, cells);
		spread(below, bottom, cells);
		int minColumn = cells.values().stream().mapToInt((cell) -> cell[0]).min().orElse(0);
		int maxColumn = cells.values().stream().mapToInt((cell) -> cell[0]).max().orElse(0);
		int minRow = cells.values().stream().mapToInt((cell) -> cell[1]).min().orElse(0);
		int maxRow = cells.values().stream().mapToInt((cell) -> cell[1]).max().orElse(0);
		Map<Long, Node> nodes = new LinkedHashMap<>();
		cells.forEach((id, cell) -> {
			Actor actor = actors.get(id);
			if (actor != null) {
				int x = MARGIN + (cell[0] - minColumn) * (NODE_WIDTH + COLUMN_GAP);
				int y = MARGIN + (cell[1] - minRow) * (NODE_HEIGHT + ROW_GAP);
				nodes.put(id, new Node(id, actor.label(), actor.name(), actor.colour(), x, y, id == focalId));
			}
		});
		List<Edge> edges = new ArrayList<>();
		for (Relation relation : relations) {
			Node from = nodes.get(relation.actorId());
			Node to = nodes.get(relation.relatedId());
			if (from != null && to != null) {
				edges.add(Edge.between(from, to, relation));
			}
		}
		int width = 2 * MARGIN + (maxColumn - minColumn) * (NODE_WIDTH + COLUMN_GAP) + NODE_WIDTH;
		int height = 2 * MARGIN + (maxRow - minRow) * (NODE_HEIGHT + ROW_GAP) + NODE_HEIGHT;
		return new ActorLineage(width, height, List.copyOf(nodes.values()), edges);
	}

	/**
	 * Walks the succession chain backwards (direction -1) or forwards (+1), a column per
	 * step.
	 */
	private static void follow(long focalId, List<Relation> relations, Map<Long, int[]> cells, int direction) {
		Deque<Long> queue = new ArrayDeque<>(List.of(focalId));
		while (!queue.isEmpty()) {
			long current = queue.poll();
			int column = cells.get(current)[0];
			if (Math.abs(column) >= MAX_STEPS) {
				continue;
			}
			for (Relation relation : relations) {
				Long next = (direction < 0) ? predecessor(relation, current) : successor(relation, current);
				if (next != null && !cells.containsKey(next)) {
					int row = (int) cells.values().stream().filter((cell) -> cell[0] == column + direction).count();
					cells.put(next, new int[] { column + direction, row });
					queue.add(next);
				}
			}
		}
	}

	private static Long predecessor(Relation relation, long current) {
		if (relation.relatedId() == current && SUCCESSION.contains(relation.kind())) {
			return relation.actorId();
		}
		if (relation.actorId() == current && relation.kind() == RelationKind.SPLIT_FROM) {
			return relation.relatedId();
		}
		return null;
	}

	private static Long successor(Relation relation, long current) {
		if (relation.actorId() == current && SUCCESSION.contains(relation.kind())) {
			return relation.relatedId();
		}
		if (relation.relatedId() == current && relation.kind() == RelationKind.SPLIT_FROM) {
			return relation.actorId();
		}
		return null;
	}

	private static void spread(List<Long> ids, int row, Map<Long, int[]> cells) {
		List<Long> fresh = ids.stream().distinct().filter((id) -> !cells.containsKey(id)).toList();
		for (int i = 0; i < fresh.size(); i++) {
			int offset = (i % 2 == 0) ? i / 2 : -(i / 2 + 1);
			cells.put(fresh.get(i), new int[] { offset, row });
		}
	}

	/** An actor as the graph needs it. */
	record Actor(String label, String name, String colour) {

	}

	/** One relation: subject, kind, object, from when. */
	record Relation(long actorId, RelationKind kind, long relatedId, LocalDate validFrom, LocalDate validTo) {

	}

	record Node(long id, String label, String name, String colour, int x, int y, boolean focal) {

		int centreX() {
			return this.x + NODE_WIDTH / 2;
		}

		int centreY() {
			return this.y + NODE_HEIGHT / 2;
		}

	}

	/**
	 * A line from the subject's box edge to the object's, with its label at the middle.
	 */
	record Edge(int x1, int y1, int x2, int y2, RelationKind kind, LocalDate validFrom, LocalDate validTo,
			String fromLabel, String toLabel) {

		static Edge between(Node from, Node to, Relation relation) {
			int x1 = from.centreX();
			int y1 = from.centreY();
			int x2 = to.centreX();
			int y2 = to.centreY();
			if (from.y() == to.y()) {
				x1 = (x2 > x1) ? from.x() + NODE_WIDTH : from.x();
				x2 = (x2 > from.centreX()) ? to.x() : to.x() + NODE_WIDTH;
			}
			else {
				y1 = (y2 > y1) ? from.y() + NODE_HEIGHT : from.y();
				y2 = (y2 > from.centreY()) ? to.y() : to.y() + NODE_HEIGHT;
			}
			return new Edge(x1, y1, x2, y2, relation.kind(), relation.validFrom(), relation.validTo(), from.label(),
					to.label());
		}

		public int labelX() {
			return (this.x1 + this.x2) / 2;
		}

		public int labelY() {
			return (this.y1 + this.y2) / 2 - 4;
		}

	}

}
