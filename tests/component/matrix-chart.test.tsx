import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import type { MatrixPage } from '../../renderer/src/screens/alliance/matrixData';

// Animation frames and timers are the test's: zrender takes requestAnimationFrame when it loads,
// so they are faked before the chart's code is imported.
vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
const { getInstanceByDom, setPlatformAPI } = await import('echarts/core');
const { default: MatrixChart } = await import('../../renderer/src/screens/alliance/MatrixChart');

/**
 * jsdom draws nothing: a 2D context whose every method does nothing (text measures by its length)
 * lets echarts lay out and paint as in a browser, frame by frame.
 */
function installCanvasStub(): void {
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
    const known: Record<string | symbol, unknown> = {
      canvas: this,
      measureText: (text: string) => ({ width: text.length * 6, actualBoundingBoxAscent: 9, actualBoundingBoxDescent: 3 }),
      createLinearGradient: () => ({ addColorStop: () => {} }),
      createRadialGradient: () => ({ addColorStop: () => {} }),
      createPattern: () => ({}),
      getLineDash: () => [],
    };
    return new Proxy(known, {
      get: (target, name) => (name in target ? target[name] : () => undefined),
      set: (target, name, value) => {
        target[name] = value;
        return true;
      },
    }) as unknown as CanvasRenderingContext2D;
  } as unknown as typeof HTMLCanvasElement.prototype.getContext;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

/** A page large enough that echarts paints it over several animation frames (progressively). */
function bigPage(deputies: number, issues: number): MatrixPage {
  const letters = 'sabou';
  return {
    deputyIds: Array.from({ length: deputies }, (_, i) => `d${i}`),
    deputyNames: Array.from({ length: deputies }, (_, i) => `Депутат ${i + 1}`),
    issueIds: Array.from({ length: issues }, (_, i) => `i${i}`),
    issueTitles: Array.from({ length: issues }, (_, i) => `Вопрос ${i + 1}`),
    issueTotal: issues,
    cells: Array.from({ length: deputies * issues }, (_, i) => letters[i % letters.length]).join(''),
  };
}

beforeAll(installCanvasStub);
afterAll(() => {
  vi.useRealTimers();
  setPlatformAPI({ getTime: () => Date.now() });
});

const props = () => ({ onWindowChange: vi.fn(), describeCell: () => '', onOpenIssue: vi.fn(), label: 'Матрица позиций' });

/**
 * The chart on a slow machine: every look at the clock finds a millisecond more, so painting a
 * large page takes many frames (the painter yields after 15 ms), as on a real slow laptop.
 */
function slowChart(page: MatrixPage, chartProps: ReturnType<typeof props>) {
  let clock = 0;
  setPlatformAPI({ getTime: () => (clock += 1) });
  const view = render(<MatrixChart page={page} {...chartProps} />);
  return { view, host: view.getByRole('img', { name: 'Матрица позиций' }) };
}

describe('the matrix chart', () => {
  it('paints nothing after it is gone: unmounted mid-paint, the pending frames pass without an error', () => {
    const chartProps = props();
    const { view, host } = slowChart(bigPage(60, 200), chartProps);
    // A new page replaces the first while it is being painted; then the screen is left.
    vi.advanceTimersToNextFrame();
    view.rerender(<MatrixChart page={bigPage(60, 150)} {...chartProps} />);
    vi.advanceTimersToNextFrame();
    // Still painting: a frame is pending.
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    view.unmount();
    expect(getInstanceByDom(host)).toBeUndefined();
    expect(() => vi.advanceTimersByTime(2_000)).not.toThrow();
    expect(vi.getTimerCount()).toBe(0);
    expect(chartProps.onWindowChange).toHaveBeenCalledTimes(2);
  });

  it('finishes painting a large page over the frames it takes', () => {
    const chartProps = props();
    const { view, host } = slowChart(bigPage(60, 200), chartProps);
    let frames = 0;
    for (; frames < 5_000 && vi.getTimerCount() > 0; frames++) vi.advanceTimersToNextFrame();
    expect(frames).toBeGreaterThan(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(host).toHaveAttribute('data-rendered', 'true');
    expect(chartProps.onWindowChange).toHaveBeenCalledWith({ columnFrom: 0, columnTo: expect.any(Number), rowFrom: 0, rowTo: expect.any(Number) });
    view.unmount();
    expect(() => vi.advanceTimersByTime(2_000)).not.toThrow();
  });
});
