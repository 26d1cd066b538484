#!/usr/bin/python3
"""Demo data for Windowpane on Tryton 6.0: the same kind of world as the ERP simulator's, small and fixed.

Activates the modules the portal needs, then creates a company with its accounts and taxes, two warehouses,
products with codes (the portal's SKUs) and stock, customers with codes (the portal's customer ids), payment
terms, credit limits (Bolt close to its limit), contract price lists with quantity breaks, a sales rep
(commission agent R01) assigned to two customers, and orders: open ones, and one shipped by FedEx with a
tracking number and invoiced (a posted, unpaid customer invoice). Run by tryton.sh setup with Debian's /usr/bin/python3 (proteus, trytond backend).
"""
import argparse
import datetime
from decimal import Decimal

from proteus import Model, Wizard, config as proteus_config

MODULES = ['sale', 'sale_price_list', 'sale_credit_limit', 'sale_shipment_cost', 'stock_package_shipping',
           'commission', 'account_credit_limit']

CUSTOMERS = [
    # code, name, credit limit, price list (None: list price), street, city
    ('C1000', 'Acme Industrial Supply', Decimal('50000'), 'ACME', '100 Main St', 'Chicago 60601'),
    ('C1001', 'Bolt & Beam Fabrication', Decimal('3000'), 'BOLT', '7 Harbor Rd', 'Milwaukee 53202'),
    ('C1002', 'Cobalt Mechanical Contractors', Decimal('20000'), None, '55 Mill Ave', 'Gary 46402'),
]

PRODUCTS = [
    # code, name, category, list price, stock at WH, stock at DAL
    ('FAS-10000', 'Hex Bolt M8 x 40 Zinc', 'Fasteners', Decimal('0.42'), 5000, 1200),
    ('FAS-10001', 'Hex Nut M8 Zinc', 'Fasteners', Decimal('0.09'), 12000, 4000),
    ('FAS-10002', 'Flat Washer M8 Zinc', 'Fasteners', Decimal('0.05'), 15000, 0),
    ('FAS-10003', 'Carriage Bolt 3/8 x 3 Galvanized', 'Fasteners', Decimal('0.78'), 900, 300),
    ('FAS-10004', 'Lag Screw 1/4 x 2 Galvanized', 'Fasteners', Decimal('0.31'), 2500, 800),
    ('FAS-10005', 'Anchor Bolt 1/2 x 6', 'Fasteners', Decimal('2.15'), 40, 0),
    ('PLB-10000', 'Ball Valve 1/2 Brass', 'Plumbing', Decimal('12.90'), 140, 60),
    ('PLB-10001', 'Check Valve 3/4 Brass', 'Plumbing', Decimal('18.50'), 75, 25),
    ('PLB-10002', 'Copper Elbow 1/2 90 deg', 'Plumbing', Decimal('1.35'), 600, 200),
    ('PLB-10003', 'PEX Tubing 1/2 x 100 ft', 'Plumbing', Decimal('42.00'), 30, 12),
    ('ELE-10000', 'Duplex Receptacle 15A', 'Electrical', Decimal('2.40'), 400, 150),
    ('ELE-10001', 'Junction Box 4 in Steel', 'Electrical', Decimal('3.10'), 0, 0),
]

PRICE_LISTS = {
    # name: [(category or product code, minimum quantity, factor of the list price)]
    'ACME': [('Fasteners', 0, '0.90'), ('Fasteners', 100, '0.85'), ('Fasteners', 1000, '0.80'),
             ('Plumbing', 0, '0.95'), ('Plumbing', 10, '0.90'), ('Electrical', 0, '0.95')],
    'BOLT': [('Fasteners', 0, '0.97'), ('Fasteners', 500, '0.92'), ('PLB-10000', 0, '0.93')],
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--config', required=True)
    parser.add_argument('--database', required=True)
    args = parser.parse_args()
    config = proteus_config.set_trytond(database=args.database, config_file=args.config)

    activate(config)
    company, accounts, tax = company_and_accounts(config)
    warehouses = warehouses_of()
    categories, products = catalog(accounts, tax)
    stock(products, warehouses)
    terms = payment_terms()
    customers = parties(terms)
    price_lists(customers, categories, products)
    sales_rep(customers)
    carrier = fedex(accounts)
    numbering()
    orders(customers, products, warehouses, carrier)
    print('demo data: %d customers, %d products, %d warehouses' % (len(customers), len(products), len(warehouses)))


def activate(config):
    Module = Model.get('ir.module')
    modules = Module.find([('name', 'in', MODULES), ('state', '!=', 'activated')])
    if modules:
        Module.click(modules, 'activate')
        Wizard('ir.module.activate_upgrade').execute('upgrade')
    User = Model.get('res.user')
    config._context = User.get_preferences(True, {})


def company_and_accounts(config):
    """The company (USD), fiscal years around today with invoice sequences, the minimal chart, an 8% sales tax."""
    Party = Model.get('party.party')
    Currency = Model.get('currency.currency')
    User = Model.get('res.user')
    usd = Currency.find([('code', '=', 'USD')])
    usd = usd[0] if usd else Currency(name='U.S. Dollar', code='USD', symbol='$', rounding=Decimal('0.01'))
    if not usd.id or usd.id < 0:
        usd.save()
    owner = Party(name='Windowpane Demo Supply')
    owner.save()
    wizard = Wizard('company.company.config')
    wizard.execute('company')
    wizard.form.party = owner
    wizard.form.currency = usd
    wizard.execute('add')
    config._context = User.get_preferences(True, {})
    company, = Model.get('company.company').find()

    today = datetime.date.today()
    for year in (today.year - 1, today.year, today.year + 1):
        fiscal_year(company, year).click('create_period')

    AccountTemplate = Model.get('account.account.template')
    ModelData = Model.get('ir.model.data')
    data, = ModelData.find([('module', '=', 'account'), ('fs_id', '=', 'account_template_root_en')], limit=1)
    chart = Wizard('account.create_chart')
    chart.execute('account')
    chart.form.account_template = AccountTemplate(data.db_id)
    chart.form.company = company
    chart.execute('create_account')
    accounts = accounts_of(company)
    chart.form.account_receivable = accounts['receivable']
    chart.form.account_payable = accounts['payable']
    chart.execute('create_properties')

    Tax = Model.get('account.tax')
    tax = Tax(name='Sales tax 8%', description='Sales tax 8%', type='percentage', rate=Decimal('0.08'),
              invoice_account=accounts['tax'], credit_note_account=accounts['tax'])
    tax.save()
    return company, accounts, tax


def fiscal_year(company, year):
    FiscalYear = Model.get('account.fiscalyear')
    Sequence = Model.get('ir.sequence')
    SequenceStrict = Model.get('ir.sequence.strict')
    SequenceType = Model.get('ir.sequence.type')
    move_type, = SequenceType.find([('name', '=', 'Account Move')], limit=1)
    invoice_type, = SequenceType.find([('name', '=', 'Invoice')], limit=1)
    moves = Sequence(name=str(year), sequence_type=move_type, company=company)
    moves.save()
    invoices = SequenceStrict(name=str(year), sequence_type=invoice_type, company=company)
    invoices.save()
    fiscalyear = FiscalYear(name=str(year), start_date=datetime.date(year, 1, 1), end_date=datetime.date(year, 12, 31),
                            company=company, post_move_sequence=moves)
    sequences, = fiscalyear.invoice_sequences
    sequences.out_invoice_sequence = sequences.in_invoice_sequence = invoices
    sequences.out_credit_note_sequence = sequences.in_credit_note_sequence = invoices
    fiscalyear.save()
    return fiscalyear


def accounts_of(company):
    Account = Model.get('account.account')
    accounts = {}
    for kind in ('receivable', 'payable', 'revenue', 'expense'):
        accounts[kind], = Account.find([('type.%s' % kind, '=', True), ('company', '=', company.id)], limit=1)
    accounts['tax'], = Account.find([('company', '=', company.id), ('name', '=', 'Main Tax')], limit=1)
    return accounts


def warehouses_of():
    Location = Model.get('stock.location')
    main, = Location.find([('type', '=', 'warehouse')])
    main.name = 'Chicago DC'
    main.code = 'CHI'
    main.save()
    lost_found, = Location.find([('type', '=', 'lost_found')], limit=1)
    if not main.lost_found_location:
        main.lost_found_location = lost_found
        main.save()
    storage = Location(name='Dallas Storage', type='storage')
    storage.save()
    input_ = Location(name='Dallas Input', type='storage')
    input_.save()
    output = Location(name='Dallas Output', type='storage')
    output.save()
    dallas = Location(name='Dallas DC', code='DAL', type='warehouse', storage_location=storage,
                      input_location=input_, output_location=output, lost_found_location=lost_found)
    dallas.save()
    for child in (storage, input_, output):
        child.parent = dallas
        child.save()
    return [main, dallas]


def catalog(accounts, tax):
    Category = Model.get('product.category')
    Template = Model.get('product.template')
    Uom = Model.get('product.uom')
    unit, = Uom.find([('name', '=', 'Unit')])
    account_category = Category(name='Goods', accounting=True)
    account_category.account_revenue = accounts['revenue']
    account_category.account_expense = accounts['expense']
    account_category.customer_taxes.append(tax)
    account_category.save()
    categories = {}
    for name in sorted({p[2] for p in PRODUCTS}):
        categories[name] = Category(name=name)
        categories[name].save()
    products = {}
    for code, name, category, price, _, _ in PRODUCTS:
        template = Template(name=name, code=code, type='goods', default_uom=unit, salable=True, list_price=price,
                            account_category=account_category)
        template.categories.append(Category(categories[name_of(category)].id))
        template.save()
        products[code] = template.products[0]
    return categories, products


def name_of(category):
    return category


def stock(products, warehouses):
    Inventory = Model.get('stock.inventory')
    Move = Model.get('stock.move')
    Location = Model.get('stock.location')
    supplier, = Location.find([('code', '=', 'SUP')])
    for index, warehouse in enumerate(warehouses):
        inventory = Inventory(location=warehouse.storage_location)
        for code, _, _, price, at_main, at_dallas in PRODUCTS:
            quantity = at_main if index == 0 else at_dallas
            if quantity:
                line = inventory.lines.new()
                line.product = products[code]
                line.quantity = quantity
        inventory.save()
        inventory.click('confirm')
    # a receipt on its way, so the portal can show the next receipt date
    today = datetime.date.today()
    for code, days in (('FAS-10005', 9), ('ELE-10001', 14)):
        move = Move(product=products[code], quantity=500, from_location=supplier,
                    to_location=warehouses[0].input_location, planned_date=today + datetime.timedelta(days=days),
                    unit_price=products[code].list_price / 2, currency=Model.get('company.company')(1).currency)
        move.save()


def payment_terms():
    Term = Model.get('account.invoice.payment_term')
    terms = {}
    for name, days in (('NET30', 30), ('NET45', 45)):
        term = Term(name=name)
        line = term.lines.new(type='remainder')
        delta = line.relativedeltas.new()
        delta.days = days
        term.save()
        terms[name] = term
    return terms


def parties(terms):
    Party = Model.get('party.party')
    Configuration = Model.get('party.configuration')
    configuration = Configuration(1)
    configuration.party_sequence = None  # the demo gives its own codes, the portal's customer ids
    configuration.save()
    customers = {}
    for code, name, limit, _, street, city in CUSTOMERS:
        party = Party(code=code, name=name, credit_limit_amount=limit,
                      customer_payment_term=terms['NET45' if code == 'C1002' else 'NET30'])
        address = party.addresses[0]
        address.street = street
        address.city, address.postal_code = city.rsplit(' ', 1)
        address.delivery = True
        address.invoice = True
        party.save()
        customers[code] = party
    return customers


def price_lists(customers, categories, products):
    PriceList = Model.get('product.price_list')
    for name, lines in PRICE_LISTS.items():
        price_list = PriceList(name=name)
        # Tryton takes the first matching line: larger minimum quantities first
        for target, minimum, factor in sorted(lines, key=lambda l: (l[0], -l[1])):
            line = price_list.lines.new()
            if target in categories:
                line.category = categories[target]
            else:
                line.product = products[target]
            line.quantity = minimum
            line.formula = 'unit_price * Decimal(\'%s\')' % factor
        price_list.lines.new(formula='unit_price')
        price_list.save()
        for code, _, _, list_name, _, _ in CUSTOMERS:
            if list_name == name:
                customers[code].sale_price_list = price_list
                customers[code].save()


def sales_rep(customers):
    Party = Model.get('party.party')
    Agent = Model.get('commission.agent')
    Selection = Model.get('commission.agent.selection')
    Plan = Model.get('commission.plan')
    Product = Model.get('product.product')
    Template = Model.get('product.template')
    Uom = Model.get('product.uom')
    unit, = Uom.find([('name', '=', 'Unit')])
    goods, = Model.get('product.category').find([('name', '=', 'Goods'), ('accounting', '=', True)])
    commission = Template(name='Commission', type='service', default_uom=unit, list_price=Decimal(0),
                          account_category=goods)
    commission.save()
    plan = Plan(name='Standard', commission_product=commission.products[0])
    plan.lines.new(formula='amount * 0.05')
    plan.save()
    rep = Party(code='R01', name='Rita Reyes')
    mechanism = rep.contact_mechanisms.new(type='email', value='rep@windowpane.test')
    rep.contact_mechanisms.new(type='phone', value='+1 312 555 0101')
    rep.save()
    agent = Agent(party=rep, type_='agent', plan=plan)
    agent.save()
    for code in ('C1000', 'C1001'):
        Selection(agent=agent, party=customers[code]).save()


def fedex(accounts):
    Party = Model.get('party.party')
    Carrier = Model.get('carrier')
    Template = Model.get('product.template')
    Uom = Model.get('product.uom')
    unit, = Uom.find([('name', '=', 'Unit')])
    goods, = Model.get('product.category').find([('name', '=', 'Goods'), ('accounting', '=', True)])
    service = Template(name='Ground freight', type='service', default_uom=unit, list_price=Decimal('15'),
                       salable=True, account_category=goods)
    service.save()
    carrier = Carrier(party=Party(code='FEDEX', name='FedEx'), carrier_product=service.products[0])
    carrier.party.save()
    carrier.save()
    return carrier


def numbering():
    """Order and shipment numbers a buyer recognises (SO00001, SH00001) instead of Tryton's bare 1, 2, 3."""
    for model, field, prefix in (('sale.configuration', 'sale_sequence', 'SO'),
                                 ('stock.configuration', 'shipment_out_sequence', 'SH')):
        sequence = getattr(Model.get(model)(1), field)
        sequence.prefix = prefix
        sequence.padding = 5
        sequence.save()


def orders(customers, products, warehouses, carrier):
    Sale = Model.get('sale.sale')
    today = datetime.date.today()

    def sale(code, reference, lines, days_ago, warehouse=0):
        order = Sale(party=customers[code], reference=reference, warehouse=warehouses[warehouse],
                     sale_date=today - datetime.timedelta(days=days_ago), carrier=carrier)
        for sku, quantity in lines:
            line = order.lines.new()
            line.product = products[sku]
            line.quantity = quantity
        order.save()
        order.click('quote')
        order.click('confirm')
        return order

    shipped = sale('C1000', 'PO-ACME-1001', [('FAS-10000', 200), ('PLB-10000', 4)], 20)
    shipment, = shipped.shipments
    shipment.reference = '794698701234'
    shipment.save()
    shipment.click('assign_force')
    shipment.click('pick')
    shipment.click('pack')
    shipment.click('done')
    # the shipped order is invoiced (posted, so it is on Acme's account) and not paid yet
    shipped.reload()
    invoice, = shipped.invoices
    invoice.invoice_date = today - datetime.timedelta(days=18)
    invoice.save()
    invoice.click('post')
    sale('C1000', 'PO-ACME-1002', [('FAS-10004', 500)], 3)
    sale('C1001', 'PO-BOLT-77', [('PLB-10003', 60)], 5)


if __name__ == '__main__':
    main()
