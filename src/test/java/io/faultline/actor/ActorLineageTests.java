package io.faultline.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.faultline.actor.ActorLineage.Node;
import io.faultline.actor.ActorLineage.Relation;

import static org.assertj.core.api.Assertions.assertThat;

class ActorLineageTests {

	private static final Map<Long, ActorLineage.Actor> ACTORS = Map.of(1L, actor("MNLA"), 2L, actor("CMA"), 3L,
			actor("CSP-PSD"), 4L, actor("CSP-DPA"), 5L, actor("FLA"), 6L, actor("HCUA"));

	private static final List<Relation> RELATIONS = List.of(relation(1, RelationKind.MEMBER_OF, 2, "2014-10-28"),
			relation(6, RelationKind.MEMBER_OF, 2, "2014-10-28"), relation(2, RelationKind.MEMBER_OF, 3, "2023-09-12"),
			relation(3, RelationKind.RENAMED_TO, 4, "2024-07-25"), relation(4, RelationKind.RENAMED_TO, 5, null));

	@Test
	void putsPredecessorsLeftAndSuccessorsRight() {
		ActorLineage lineage = ActorLineage.of(4, ACTORS, RELATIONS);
		assertThat(node(lineage, "CSP-PSD").x()).isLessThan(node(lineage, "CSP-DPA").x());
		assertThat(node(lineage, "FLA").x()).isGreaterThan(node(lineage, "CSP-DPA").x());
		assertThat(node(lineage, "CSP-DPA").focal()).isTrue();
	}

	@Test
	void putsCoalitionsAboveAndMembersBelow() {
		ActorLineage lineage = ActorLineage.of(2, ACTORS, RELATIONS);
		assertThat(node(lineage, "CSP-PSD").y()).isLessThan(node(lineage, "CMA").y());
		assertThat(node(lineage, "MNLA").y()).isGreaterThan(node(lineage, "CMA").y());
		assertThat(node(lineage, "HCUA").y()).isEqualTo(node(lineage, "MNLA").y());
		assertThat(node(lineage, "HCUA").x()).isNotEqualTo(node(lineage, "MNLA").x());
		assertThat(lineage.edges()).hasSize(3);
	}

	@Test
	void fitsEveryNodeInsideTheDrawing() {
		ActorLineage lineage = ActorLineage.of(3, ACTORS, RELATIONS);
		assertThat(lineage.nodes()).allSatisfy((node) -> {
			assertThat(node.x()).isGreaterThanOrEqualTo(0);
			assertThat(node.x() + ActorLineage.NODE_WIDTH).isLessThanOrEqualTo(lineage.width());
			assertThat(node.y() + ActorLineage.NODE_HEIGHT).isLessThanOrEqualTo(lineage.height());
		});
	}

	private static Node node(ActorLineage lineage, String label) {
		return lineage.nodes().stream().filter((node) -> node.label().equals(label)).findFirst().orElseThrow();
	}

	private static ActorLineage.Actor actor(String label) {
		return new ActorLineage.Actor(label, label, "#ff9800");
	}

	private static Relation relation(long actor, RelationKind kind, long related, String from) {
		return new Relation(actor, kind, related, (from != null) ? LocalDate.parse(from) : null, null);
	}

}
