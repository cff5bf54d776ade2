import { useEffect, useRef } from 'react';
import { HeatmapChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { heatmapPoints, initialWindow, MATRIX_STANCES, type MatrixPage, type MatrixWindow } from './matrixData';

// Only what the heatmap needs, so the bundle stays small; the canvas renderer injects no <style>
// and evaluates no code, so it runs under the app's strict CSP.
echarts.use([HeatmapChart, GridComponent, DataZoomComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export interface MatrixChartProps {
  page: MatrixPage;
  /** Called with the part of the page in view: first the initial window, then after each move. */
  onWindowChange: (window: MatrixWindow) => void;
  /** Text of the tooltip of a cell: deputy, issue and stance in words. */
  describeCell: (row: number, column: number) => string;
  onOpenIssue: (issueId: string) => void;
  label: string;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The theme's colours (alliance.css), read from CSS so the chart follows light and dark. */
function palette() {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text-muted', '#545b62'),
    border: read('--border', '#c9ccc6'),
    surface: read('--surface', '#ffffff'),
    stances: MATRIX_STANCES.map((stance) => read(`--stance-${stance}`, '#888888')),
  };
}

/**
 * Disposes a chart safely even mid-paint. zrender paints a large series a slice per animation
 * frame and does not cancel the next slice on dispose, which then reads the disposed painter
 * ("Cannot read properties of null (reading 'layerStack')"). Clearing the chart and painting the
 * empty scene at once starts a newer paint that ends in this frame; the pending slice sees it
 * belongs to an older one and stops.
 */
function disposeChart(instance: echarts.ECharts): void {
  if (instance.isDisposed()) return;
  instance.clear();
  instance.getZr().refreshImmediately();
  instance.dispose();
}

/**
 * The deputies × issues heatmap on a canvas (echarts): rows are deputies, columns issues, colours
 * stances; the sliders and the mouse wheel move the window in view, which the parent mirrors as a
 * table. The canvas is opaque to screen readers, hence role="img", a label, and the table outside.
 */
export default function MatrixChart({ page, onWindowChange, describeCell, onOpenIssue, label }: MatrixChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // The latest callbacks, for the chart's event handlers bound once.
  const latest = useRef({ page, onWindowChange, describeCell, onOpenIssue });
  useEffect(() => {
    latest.current = { page, onWindowChange, describeCell, onOpenIssue };
  });

  useEffect(() => {
    const instance = echarts.init(host.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('datazoom', () => {
      const zoom = (instance.getOption() as { dataZoom?: { startValue?: number; endValue?: number }[] }).dataZoom ?? [];
      const [x, y] = zoom;
      latest.current.onWindowChange({
        columnFrom: Math.round(x?.startValue ?? 0),
        columnTo: Math.round(x?.endValue ?? 0),
        rowFrom: Math.round(y?.startValue ?? 0),
        rowTo: Math.round(y?.endValue ?? 0),
      });
    });
    instance.on('click', (params) => {
      const column = (params.data as number[] | undefined)?.[0];
      const issueId = column === undefined ? undefined : latest.current.page.issueIds[column];
      if (issueId) latest.current.onOpenIssue(issueId);
    });
    instance.on('finished', () => host.current?.setAttribute('data-rendered', 'true'));
    const observer = new ResizeObserver(() => {
      if (!instance.isDisposed()) instance.resize();
    });
    observer.observe(host.current!);
    return () => {
      observer.disconnect();
      chart.current = null;
      disposeChart(instance);
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || instance.isDisposed()) return;
    host.current?.removeAttribute('data-rendered');
    const colors = palette();
    const view = initialWindow(page);
    instance.setOption(
      {
        animation: false,
        // The axis labels stay inside the grid's box (what `containLabel` did before echarts 6).
        grid: { left: 8, right: 40, top: 12, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
        tooltip: {
          // Drawn on the canvas: no HTML with inline styles (blocked by the CSP), no markup from names.
          renderMode: 'richText',
          formatter: (params: { data: number[] }) => latest.current.describeCell(params.data[1]!, params.data[0]!),
        },
        xAxis: {
          type: 'category',
          data: page.issueTitles.map((title) => shorten(title, 28)),
          axisLabel: { rotate: 50, color: colors.text, interval: 'auto', fontSize: 11 },
          axisLine: { lineStyle: { color: colors.border } },
          splitArea: { show: false },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: page.deputyNames.map((name) => shorten(name, 30)),
          axisLabel: { color: colors.text, fontSize: 11 },
          axisLine: { lineStyle: { color: colors.border } },
        },
        visualMap: {
          type: 'piecewise',
          show: false,
          dimension: 2,
          pieces: MATRIX_STANCES.map((_, index) => ({ value: index, color: colors.stances[index] })),
        },
        dataZoom: [
          { type: 'slider', xAxisIndex: 0, startValue: view.columnFrom, endValue: view.columnTo, bottom: 8, height: 18, showDetail: false },
          { type: 'slider', yAxisIndex: 0, startValue: view.rowFrom, endValue: view.rowTo, right: 8, width: 18, showDetail: false },
          { type: 'inside', xAxisIndex: 0 },
          { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: 'shift', moveOnMouseWheel: true },
        ],
        series: [
          {
            type: 'heatmap',
            data: heatmapPoints(page),
            itemStyle: { borderColor: colors.surface, borderWidth: 0.5 },
            emphasis: { itemStyle: { borderColor: colors.text, borderWidth: 1 } },
            progressive: 5000,
          },
        ],
      },
      { notMerge: true },
    );
    latest.current.onWindowChange(view);
  }, [page]);

  return <div ref={host} className="matrix-chart" role="img" aria-label={label} data-testid="matrix-chart" />;
}
