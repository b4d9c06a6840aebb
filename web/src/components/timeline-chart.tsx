/**
 * Events per period as bars stacked by type (ECharts, only the parts used), with a slider
 * under the bars to brush a range: the range is reported as first and last day.
 * @module
 */
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type DataZoomComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n, type MessageKey } from '../i18n/index.js';

use([BarChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, CanvasRenderer]);

type Option = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DataZoomComponentOption
>;

export interface Bar {
  readonly start: string;
  readonly end: string;
  readonly total: number;
  readonly counts: Readonly<Partial<Record<string, number>>>;
}

/** One colour per event type, the same on every screen. */
export const TYPE_COLORS: Readonly<Record<string, string>> = {
  protest: '#2f6fb0',
  riot: '#c0504d',
  defiance: '#8064a2',
  arrest: '#e3a21a',
  sentence: '#9c6b30',
  execution: '#6b1f1f',
  killing: '#d62728',
  torture: '#4b4b4b',
  crackdown: '#1f8a70',
  other: '#9e9e9e',
};

/** How much of a bar's first day its label shows: a year bar is "2022", a month bar "September 2022". */
const LABEL_LENGTH = { day: 10, week: 10, month: 7, year: 4 } as const;

export function TimelineChart({
  bars,
  bucket,
  types,
  range,
  onRange,
  onBar,
  height = 320,
}: {
  bars: readonly Bar[];
  /** The period of a bar, so labels say "2022" rather than "1 January 2022". */
  bucket: 'day' | 'week' | 'month' | 'year';
  types: readonly string[];
  /** The brushed range, as first and last day; null for everything. */
  range: { from: string; to: string } | null;
  onRange: (range: { from: string; to: string } | null) => void;
  onBar?: (bar: Bar, type: string) => void;
  height?: number;
}) {
  const { t, num, day, dir } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const handlers = useRef({ onRange, onBar, bars });
  handlers.current = { onRange, onBar, bars };

  useEffect(() => {
    const instance = init(element.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('datazoom', () => {
      const zoom = (instance.getOption() as { dataZoom?: Array<{ startValue?: number; endValue?: number }> })
        .dataZoom?.[0];
      const { bars: current, onRange: report } = handlers.current;
      if (!zoom || current.length === 0) return;
      const first = current[Math.max(0, zoom.startValue ?? 0)];
      const last = current[Math.min(current.length - 1, zoom.endValue ?? current.length - 1)];
      if (!first || !last) return;
      const whole =
        (zoom.startValue ?? 0) <= 0 && (zoom.endValue ?? current.length - 1) >= current.length - 1;
      report(whole ? null : { from: first.start, to: last.end });
    });
    instance.on('click', (params) => {
      const bar = handlers.current.bars[params.dataIndex];
      if (bar && params.seriesName)
        handlers.current.onBar?.(bar, String((params as { seriesId?: string }).seriesId ?? ''));
    });
    const resize = (): void => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const startIndex = range
      ? Math.max(
          0,
          bars.findIndex((bar) => bar.end >= range.from),
        )
      : 0;
    const endFound = range ? bars.findLastIndex((bar) => bar.start <= range.to) : -1;
    const endIndex = endFound >= 0 ? endFound : bars.length - 1;
    const rtl = dir === 'rtl';
    const option: Option = {
      animation: false,
      grid: { left: 56, right: 40, top: 40, bottom: 72 },
      legend: { top: 0, data: types.map((type) => t(`type.${type}` as MessageKey)) },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => num(Number(value)),
      },
      xAxis: {
        type: 'category',
        inverse: rtl,
        data: bars.map((bar) => bar.start),
        axisLabel: { formatter: (value: string) => day(value.slice(0, LABEL_LENGTH[bucket])) },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        position: rtl ? 'right' : 'left',
        axisLabel: { formatter: (value: number) => num(value) },
      },
      dataZoom: [
        {
          type: 'slider',
          xAxisIndex: 0,
          // Lined up with the bars, leaving room for the labels shown at the handles.
          left: 56,
          right: 40,
          bottom: 8,
          height: 28,
          startValue: startIndex,
          endValue: endIndex,
          labelFormatter: (index: number) => day(bars[index]?.start.slice(0, LABEL_LENGTH[bucket]) ?? ''),
          brushSelect: true,
        },
        { type: 'inside', xAxisIndex: 0, startValue: startIndex, endValue: endIndex },
      ],
      series: types.map((type): BarSeriesOption => ({
        id: type,
        name: t(`type.${type}` as MessageKey),
        type: 'bar',
        stack: 'events',
        itemStyle: { color: TYPE_COLORS[type] ?? '#777' },
        emphasis: { focus: 'series' },
        data: bars.map((bar) => bar.counts[type] ?? 0),
      })),
    };
    instance.setOption(option, { notMerge: true });
  }, [bars, bucket, types, range?.from, range?.to, dir, t, num, day]);

  return (
    <div
      ref={element}
      class="timeline-chart"
      style={{ height: `${height}px` }}
      role="img"
      aria-label={t('timeline.chart')}
    />
  );
}
