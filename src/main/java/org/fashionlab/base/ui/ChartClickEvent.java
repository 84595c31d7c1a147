package org.fashionlab.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on one data item of an {@link EChart}: a bar, a point, a heatmap cell. */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {

  private final int seriesIndex;
  private final int dataIndex;

  public ChartClickEvent(
      EChart source,
      boolean fromClient,
      @EventData("event.detail.seriesIndex") int seriesIndex,
      @EventData("event.detail.dataIndex") int dataIndex) {
    super(source, fromClient);
    this.seriesIndex = seriesIndex;
    this.dataIndex = dataIndex;
  }

  public int seriesIndex() {
    return seriesIndex;
  }

  /** Position of the clicked item in its series' data array. */
  public int dataIndex() {
    return dataIndex;
  }
}
