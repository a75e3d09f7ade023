package eu.interreg.cooperationday.studio.render;

import java.util.List;

/**
 * A request's campaign kit as its status lists it. The kit module answers; render owns the question, so
 * that the dependency still points from the kit to render.
 */
public interface RequestKits {

	/** The kit's files of a request that is DONE. */
	List<RequestStatus.KitLink> of(RenderRequest request);

}
