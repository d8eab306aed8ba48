/**
 * Capability chips, in display order, keyed by the `supports_*` flag that
 * LiteLLM's `model_info` carries.
 *
 * @public
 */
export const MODEL_CAPABILITIES: ReadonlyArray<{
  id: string;
  label: string;
  litellmFlag: string;
}> = [
  { id: 'vision', label: 'Vision', litellmFlag: 'supports_vision' },
  {
    id: 'function_calling',
    label: 'Function calling',
    litellmFlag: 'supports_function_calling',
  },
  {
    id: 'response_schema',
    label: 'Structured output',
    litellmFlag: 'supports_response_schema',
  },
  { id: 'reasoning', label: 'Reasoning', litellmFlag: 'supports_reasoning' },
  {
    id: 'prompt_caching',
    label: 'Prompt caching',
    litellmFlag: 'supports_prompt_caching',
  },
  {
    id: 'audio_input',
    label: 'Audio input',
    litellmFlag: 'supports_audio_input',
  },
  { id: 'pdf_input', label: 'PDF input', litellmFlag: 'supports_pdf_input' },
];

/** @public */
export function capabilityLabel(id: string): string {
  return MODEL_CAPABILITIES.find(c => c.id === id)?.label ?? id;
}
