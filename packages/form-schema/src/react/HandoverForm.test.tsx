import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import complete from '../../examples/complete.json';
import { FieldError } from '../types';
import { HandoverForm } from './HandoverForm';
import { SCHEMA_VERSION } from '../schema/documentSchema';

describe('HandoverForm', () => {
  it('renders every section in Norwegian by default', () => {
    render(<HandoverForm />);
    for (const title of [
      'Bestilling',
      'Designfase',
      'Etablering av tjenesten',
      'Driftskostnader',
      'Forberede produksjonssetting',
    ]) {
      expect(
        screen.getByText(title, { selector: 'legend, legend *' }),
      ).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Tittel')).toBeInTheDocument();
    // Yes/no questions are radio buttons labelled in the form's language.
    const alerting = screen
      .getByText('Er varsling satt opp?', { selector: 'legend, legend *' })
      .closest('fieldset') as HTMLElement;
    expect(
      within(alerting).getByRole('radio', { name: 'Ja' }),
    ).toBeInTheDocument();
    expect(
      within(alerting).getByRole('radio', { name: 'Nei' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Send inn' }),
    ).not.toBeInTheDocument();
  });

  it('renders every section in English, with a document filled in', () => {
    render(<HandoverForm locale="en" formData={complete} />);
    for (const title of [
      'Order',
      'Design phase',
      'Establishing the service',
      'Operating costs',
      'Preparing go-live',
    ]) {
      expect(
        screen.getByText(title, { selector: 'legend, legend *' }),
      ).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Title')).toHaveValue(
      complete.bestilling.tittel,
    );
    // Entity references fall back to a text input outside Backstage.
    expect(
      screen.getByLabelText('Subject-matter responsible (fagansvarlig)'),
    ).toHaveValue('user:default/per.fag');
  });

  it('reports edits with the whole document', async () => {
    const onChange = jest.fn();
    render(<HandoverForm onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Tittel'), 'Timebok');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        bestilling: expect.objectContaining({ tittel: 'Timebok' }),
      }),
    );
  });

  it('starts a new cost line with category and period unanswered', async () => {
    const onChange = jest.fn();
    const { container } = render(<HandoverForm onChange={onChange} />);
    const costLines = container.querySelector(
      '#root_driftskostnader_kostnader',
    )!.parentElement as HTMLElement;
    await userEvent.click(
      within(costLines).getByRole('button', { name: 'Add' }),
    );
    const document = onChange.mock.lastCall[0];
    expect(document.driftskostnader.kostnader).toHaveLength(1);
    // A yearly cost must never count as one-off because nobody chose.
    expect(document.driftskostnader.kostnader[0]).not.toHaveProperty('periode');
    expect(document.driftskostnader.kostnader[0]).not.toHaveProperty(
      'kategori',
    );
  });

  it('on submit, shows the missing required fields by title and does not submit', async () => {
    const onSubmit = jest.fn();
    render(
      <HandoverForm
        onSubmit={onSubmit}
        requiredOnSubmit={['bestilling.tittel', 'designfase.fagansvarlig']}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(
      await screen.findByText('«Tittel» må fylles ut'),
    ).toBeInTheDocument();
    expect(screen.getByText('«Fagansvarlig» må fylles ut')).toBeInTheDocument();
  });

  it('submits a valid document, migrated to the current version', async () => {
    const onSubmit = jest.fn();
    const { schemaVersion, ...sections } = complete;
    expect(schemaVersion).toBe(3);
    render(
      <HandoverForm
        locale="en"
        formData={sections}
        onSubmit={onSubmit}
        requiredOnSubmit={['bestilling.tittel']}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ schemaVersion: SCHEMA_VERSION }),
    );
  });

  it('shows errors from elsewhere under their fields', () => {
    const errors: FieldError[] = [
      {
        path: 'driftskostnader.kostnader.0.belop',
        message: 'Beløpet er for høyt',
      },
    ];
    render(<HandoverForm formData={complete} errors={errors} readOnly />);
    const message = screen.getByText('Beløpet er for høyt');
    expect(message).toBeInTheDocument();
    const field = message.closest('.form-group');
    expect(
      field && within(field as HTMLElement).getByLabelText('Beløp (NOK)'),
    ).toHaveValue(240000);
  });
});
