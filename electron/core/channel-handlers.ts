import type { z } from 'zod';
import type { InvokeChannel } from '../../shared/ipc/channels';
import type { ChannelOutput, contract } from '../../shared/ipc/contract';

/** A channel's input after the contract schema parsed it (defaults applied). */
export type ParsedInput<C extends InvokeChannel> = z.output<(typeof contract)[C]['input']>;

/** One function per contract channel: what dispatch calls once the input has been parsed. */
export type ChannelHandlers = { [C in InvokeChannel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> };

/**
 * What one feature module contributes to the map: the handlers of the channels named
 * `<prefix>:…`. The app joins the features' maps into ChannelHandlers (services/app-services.ts),
 * so a channel no feature handles fails typecheck; a feature owns whole prefixes, so no two overlap.
 */
export type FeatureHandlers<Prefix extends string> = Pick<ChannelHandlers, Extract<InvokeChannel, `${Prefix}:${string}`>>;
