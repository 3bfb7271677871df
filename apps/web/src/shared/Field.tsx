import { FieldError, Input, Label, Text, TextArea, TextField, type TextFieldProps } from 'react-aria-components';

interface FieldProps extends Omit<TextFieldProps, 'children'> {
  label: string;
  description?: string;
  multiline?: boolean;
  rows?: number;
}

/** A labelled text field with its description and error message tied to it (aria-describedby). */
export function Field({ label, description, multiline, rows = 6, ...props }: FieldProps) {
  return (
    <TextField className="field" {...props}>
      <Label>{label}</Label>
      {multiline ? <TextArea rows={rows} /> : <Input />}
      {description && <Text slot="description">{description}</Text>}
      <FieldError />
    </TextField>
  );
}
